package org.spamouflage.sandbox.simulation;

/**
 * Text for everything that is neither an honest user's comment nor a campaign template: the
 * politicians' own posts, camouflage, background bots, the spam hijacked accounts posted before
 * they changed hands, and the slot fillers (cities, foods, teams...).
 */
final class OtherTexts {
    private OtherTexts() {
    }

    /** Politicians' posts (en, fr). */
    static final String[][] POLITICIAN = {
        {"Today I met with {GROUP} in {CITY} to talk about the cost of living.",
            "Proud to announce ${AMOUNT} million for new housing in {CITY}.",
            "Great conversation with {GROUP} this morning. Thank you for your work.",
            "Our plan will cut wait times for families across {PROVINCE}.",
            "Happy to be back in {CITY} this weekend. Thank you for the warm welcome!",
            "This week the {PARTY} team stood up for workers and families.",
            "We're investing ${AMOUNT} million to make transit faster in {CITY}.",
            "Canadians deserve affordable groceries. Here is what we're doing.",
            "Thank you to the firefighters and volunteers helping communities in {PROVINCE}.",
            "Question period today: we asked again about housing costs. No answers.",
            "Visited a local business in {CITY} that is hiring {NUM}0 people. Great news!",
            "My office is here to help. Reach out any time.",
            "Today in the House, I spoke about child care in {PROVINCE}.",
            "Met with {GROUP} to hear their concerns on health care.",
            "A new school for {CITY}: ${AMOUNT} million approved today.",
            "Wishing everyone a safe and happy long weekend.",
            "Town hall in {CITY} tonight at 7. Everyone is welcome.",
            "We will keep working to bring down costs for families."},
        {"Aujourd'hui, j'ai rencontré {GROUP} à {CITY} pour parler du coût de la vie.",
            "Fier d'annoncer {AMOUNT} millions $ pour du nouveau logement à {CITY}.",
            "Belle discussion avec {GROUP} ce matin. Merci pour votre travail.",
            "Notre plan réduira les temps d'attente pour les familles.",
            "Heureux d'être de retour à {CITY} cette fin de semaine!",
            "Cette semaine, l'équipe du {PARTY} a défendu les travailleurs et les familles.",
            "Nous investissons {AMOUNT} millions $ pour un transport collectif plus rapide à {CITY}.",
            "Merci aux pompiers et aux bénévoles qui aident nos communautés.",
            "Période de questions: encore une fois, aucune réponse sur le logement.",
            "Mon bureau est là pour vous aider. N'hésitez pas.",
            "Aujourd'hui à la Chambre, j'ai parlé des services de garde.",
            "Une nouvelle école pour {CITY}: {AMOUNT} millions $ approuvés aujourd'hui.",
            "Bonne longue fin de semaine à toutes et à tous!",
            "Assemblée publique à {CITY} ce soir à 19 h. Bienvenue à tous."},
    };

    static final String[][] GROUPS = {
        {"local nurses", "small business owners", "the chamber of commerce", "seniors", "students", "farmers",
            "firefighters", "union members", "teachers", "community leaders", "new Canadians", "tenants"},
        {"des infirmières", "des propriétaires de PME", "la chambre de commerce", "des aînés", "des étudiants",
            "des agriculteurs", "des pompiers", "des syndiqués", "des enseignants", "des leaders communautaires",
            "des locataires"},
    };

    /** Camouflage (en, fr, zh): scenery, food, pets, sport, quotes. */
    static final String[][] CAMOUFLAGE = {
        {"Beautiful sunset at {PLACE} tonight 🌅", "Morning walk by {PLACE}. So peaceful.",
            "Nothing beats homemade {FOOD} on a Sunday.", "Tried a new {FOOD} recipe today, turned out great!",
            "My cat {PET} has decided the keyboard is her bed 🐱", "{PET} says good morning 😺",
            "What a game! {TEAM} pulled it off in overtime.", "Go {TEAM} go! 🏒",
            "Keep going. Every day is a new start.", "Spring flowers in the garden 🌸",
            "Rainy day, tea and a good book ☕", "The mountains are calling ⛰️", "Lunch today: {FOOD} 😋",
            "Fresh snow on {PLACE} this morning", "Weekend vibes 🌿", "Cats make everything better 🐈",
            "Who else loves autumn? 🍁", "Good night everyone 🌙", "Sunrise over the lake, worth waking up early",
            "Little things make a big difference.", "Family dinner: {FOOD} and laughter",
            "Stay positive, work hard, make it happen.", "A calm river is where the heart rests.",
            "Kindness costs nothing.", "Look at this view! {PLACE} never disappoints."},
        {"Magnifique coucher de soleil à {PLACE} ce soir 🌅", "Balade matinale près de {PLACE}. Tellement paisible.",
            "Rien ne vaut un {FOOD} maison le dimanche.", "Mon chat {PET} a décidé que le clavier est son lit 🐱",
            "Quel match! Les {TEAM} l'emportent en prolongation.", "Bonne nuit tout le monde 🌙",
            "Journée pluvieuse, thé et un bon livre ☕", "Les petites choses font une grande différence.",
            "Vive l'automne! 🍁", "Souper en famille: {FOOD} et fous rires", "Restez positifs, le travail paie toujours.",
            "Les montagnes m'appellent ⛰️", "Le chat le plus paresseux du monde 😺", "Premier café de la journée ☕",
            "Fleurs du jardin ce matin 🌸", "La gentillesse ne coûte rien."},
        {"今晚{PLACE}的日落太美了🌅", "早上在{PLACE}散步，很安静。", "周末在家做了{FOOD}，太好吃了！",
            "我家猫{PET}又睡在键盘上了🐱", "今天的比赛太精彩了！", "雨天，一杯茶，一本好书☕", "生活就是要开开心心。",
            "晚安，大家🌙", "秋天到了，枫叶真美🍁", "山里的空气真好⛰️", "每天进步一点点。", "和家人一起吃{FOOD}，真幸福。",
            "花园里的花开了🌸", "早安！新的一天开始了。", "猫咪是最好的治愈🐈", "心静自然凉。"},
    };

    /** What a new owner posts first on a bought account. */
    static final String[] RESALE = {"test", "test new owner", "testing 123", "hello", "new account test", "test 1"};

    /** Background-bot genres: each a list of post texts (a link is appended by the generator). */
    static final String[][] BOT_GENRES = {
        {"Weather update for {CITY}: {NUM}°C and cloudy.", "Forecast {CITY}: high of 2{NUM}°C, {PCT}% chance of rain.",
            "Air quality alert for {CITY} today.", "UV index in {CITY} is high this afternoon."},
        {"DEAL: {ITEM} bundle now {PCT}% off! Limited time.", "Flash sale on phone cases, {PCT}% off today only",
            "Top 10 gadgets under ${MONEY} this week", "Price drop alert: wireless earbuds now ${MONEY}"},
        {"BTC moved {PCT}% in the last hour. Don't miss the next pump! 🚀", "New token listing alert. Early buyers win big 🚀",
            "Whale alert: {NUM},000 coins moved to an exchange.", "Market update: altcoins up {PCT}% today."},
        {"Now hiring in {CITY}: warehouse associate, ${MONEY}/hr.", "{NUM}0 new jobs posted in {CITY} today.",
            "Remote job alert: customer support, apply now.", "Hiring: delivery drivers in {CITY}, start this week."},
        {"Daily horoscope: today favours bold decisions.", "Your lucky number today is {NUM}.",
            "Horoscope: a surprise message is coming your way.", "Stars say: rest and recharge today."},
        {"Headline: {CITY} council votes on new budget.", "Traffic alert: delays on the main bridge in {CITY}.",
            "Headline: new bike lanes planned for {CITY}.", "Local news: {CITY} library extends weekend hours."},
    };

    static final String[] BOT_GENRE_NAMES = {"Weather", "Deals", "Crypto", "Jobs", "Horoscope", "News"};
    static final String[] BOT_DOMAINS = {"weatherfeed.example", "dealsdaily.example", "coinalerts.example",
        "jobboard.example", "starsign.example", "localwire.example"};
    static final String[][] BOT_HASHTAGS = {{"weather"}, {"deals", "sale"}, {"crypto", "BTC"}, {"hiring", "jobs"},
        {"horoscope"}, {"news"}};

    /**
     * Spam and marketing that hijacked accounts posted before they changed hands, by language.
     * Codes without a bank here fall back to English text (and are labelled {@code en}).
     */
    static final String[] LEGACY_LANGUAGES = {"bn", "pt", "id", "es", "tr", "ru", "ar", "en", "fr", "de", "it", "vi",
        "tl", "hi", "ja", "ko", "zh", "th", "ms", "ur", "fa", "pl", "sw"};
    static final String[][] LEGACY = {
        {"আজকের বিশেষ অফার! এখনই কিনুন।", "বিনামূল্যে ডেলিভারি সারা দেশে।", "ঘরে বসে আয় করুন।", "আমাদের পেজে লাইক দিন।",
            "নতুন কালেকশন এসেছে, দেখুন।", "সীমিত সময়ের জন্য ছাড়!"},
        {"Promoção imperdível! Clique no link e aproveite.", "Ganhe dinheiro em casa, trabalho fácil!",
            "Seguidores grátis, só hoje!", "Frete grátis para todo o Brasil!", "Confira as novidades da loja.",
            "Quer emagrecer rápido? Veja este método."},
        {"Diskon besar hari ini! Cek link di bio.", "Jual pulsa murah, hubungi kami sekarang.",
            "Promo gratis ongkir ke seluruh Indonesia!", "Dapatkan uang tambahan dari rumah.", "Follow back ya kak!",
            "Produk asli, harga terjangkau."},
        {"¡Oferta increíble! Haz clic en el enlace.", "Gana dinero desde casa, fácil y rápido.",
            "Seguidores gratis solo hoy.", "Envío gratis a todo el país.", "Nuevos productos en la tienda."},
        {"Büyük indirim! Hemen tıkla.", "Evden para kazan, kolay iş!", "Ücretsiz takipçi, sadece bugün!",
            "Tüm Türkiye'ye ücretsiz kargo."},
        {"Огромные скидки! Переходи по ссылке.", "Заработок дома без вложений!", "Бесплатные подписчики только сегодня!",
            "Доставка бесплатно по всей стране."},
        {"عرض خاص اليوم! اضغط على الرابط.", "اربح المال من المنزل بسهولة.", "متابعين مجانا اليوم فقط!",
            "توصيل مجاني لجميع المدن."},
        {"Huge sale today! Click the link.", "Make money from home, easy work!", "Free followers, today only!",
            "Free shipping nationwide."},
        {"Promo incroyable aujourd'hui! Cliquez sur le lien.", "Gagnez de l'argent depuis chez vous!",
            "Abonnés gratuits, aujourd'hui seulement!", "Livraison gratuite partout."},
        {"Riesiger Rabatt heute! Jetzt klicken.", "Geld verdienen von zu Hause!", "Kostenlose Follower nur heute!",
            "Kostenloser Versand!"},
        {"Offerta imperdibile! Clicca sul link.", "Guadagna da casa, lavoro facile!", "Follower gratis solo oggi!",
            "Spedizione gratuita in tutta Italia!"},
        {"Giảm giá lớn hôm nay! Nhấn vào link.", "Kiếm tiền tại nhà dễ dàng!", "Miễn phí vận chuyển toàn quốc!"},
        {"Malaking diskwento ngayon! I-click ang link.", "Kumita ng pera sa bahay!", "Libreng shipping sa buong bansa!"},
        {"आज का खास ऑफर! अभी खरीदें।", "घर बैठे पैसे कमाएं!", "मुफ्त डिलीवरी पूरे देश में।"},
        {"本日限定の大セール！リンクをクリック。", "在宅で簡単にお金を稼ごう！", "送料無料キャンペーン実施中！"},
        {"오늘만 특별 할인! 링크를 클릭하세요.", "집에서 쉽게 돈 버세요!", "전국 무료 배송!"},
        {"今日特价！点击链接。", "在家轻松赚钱！", "全国包邮！"},
        {"ลดราคาพิเศษวันนี้! คลิกลิงก์เลย", "หาเงินง่ายๆ ที่บ้าน!", "ส่งฟรีทั่วประเทศ!"},
        {"Diskaun besar hari ini! Klik pautan.", "Jana pendapatan dari rumah!", "Penghantaran percuma seluruh negara!"},
        {"آج کی خاص پیشکش! ابھی خریدیں۔", "گھر بیٹھے پیسے کمائیں!", "پورے ملک میں مفت ڈیلیوری۔"},
        {"تخفیف ویژه امروز! روی لینک کلیک کنید.", "در خانه پول دربیاورید!", "ارسال رایگان به سراسر کشور."},
        {"Wielka promocja dzisiaj! Kliknij link.", "Zarabiaj w domu, łatwa praca!", "Darmowa wysyłka w całym kraju!"},
        {"Punguzo kubwa leo! Bofya kiungo.", "Pata pesa ukiwa nyumbani!", "Usafirishaji bure nchi nzima!"},
    };
    static final String[] LEGACY_DOMAINS = {"shop-promo.example", "megadeal.example", "bestoffer.example"};
    static final String[] LEGACY_HASHTAGS = {"promo", "sale", "followback", "diskon", "promoção", "offer"};

    // ---- slot fillers ----

    static final String[] PROVINCE_CODES = {"AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"};
    static final String[][] PROVINCE_NAMES = {
        {"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Nova Scotia",
            "the Northwest Territories", "Nunavut", "Ontario", "PEI", "Quebec", "Saskatchewan", "Yukon"},
        {"l'Alberta", "la Colombie-Britannique", "le Manitoba", "le Nouveau-Brunswick", "Terre-Neuve", "la Nouvelle-Écosse",
            "les Territoires du Nord-Ouest", "le Nunavut", "l'Ontario", "l'Île-du-Prince-Édouard", "le Québec",
            "la Saskatchewan", "le Yukon"},
    };
    /** Regional politics hashtags, in {@link #PROVINCE_CODES} order. */
    static final String[] PROVINCE_TAGS = {"abpoli", "bcpoli", "mbpoli", "nbpoli", "nlpoli", "nspoli", "nwtpoli",
        "nupoli", "onpoli", "peipoli", "polqc", "skpoli", "ykpoli"};
    static final String[][] CITIES = {
        {"Calgary", "Edmonton", "Red Deer", "Lethbridge", "Medicine Hat", "Grande Prairie"},
        {"Vancouver", "Victoria", "Surrey", "Burnaby", "Kelowna", "Kamloops", "Nanaimo", "Prince George"},
        {"Winnipeg", "Brandon", "Steinbach", "Thompson"},
        {"Moncton", "Saint John", "Fredericton", "Dieppe"},
        {"St. John's", "Corner Brook", "Gander"},
        {"Halifax", "Dartmouth", "Truro", "Sydney"},
        {"Yellowknife", "Hay River", "Inuvik"},
        {"Iqaluit", "Rankin Inlet"},
        {"Toronto", "Ottawa", "Hamilton", "London", "Mississauga", "Kitchener", "Windsor", "Sudbury", "Kingston",
            "Barrie", "Brampton", "Oshawa"},
        {"Charlottetown", "Summerside"},
        {"Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke", "Trois-Rivières", "Saguenay", "Longueuil", "Lévis",
            "Rimouski"},
        {"Saskatoon", "Regina", "Prince Albert", "Moose Jaw"},
        {"Whitehorse", "Dawson City"},
    };
    /** IANA zones of the provinces and territories, in {@link #PROVINCE_CODES} order. */
    static final String[] PROVINCE_ZONES = {"America/Edmonton", "America/Vancouver", "America/Winnipeg",
        "America/Halifax", "America/St_Johns", "America/Halifax", "America/Yellowknife", "America/Iqaluit",
        "America/Toronto", "America/Halifax", "America/Toronto", "America/Regina", "America/Whitehorse"};

    static final String[][] ITEMS = {
        {"eggs", "butter", "a block of cheese", "ground beef", "coffee", "cereal", "baby formula", "chicken",
            "a bag of apples", "olive oil"},
        {"café", "fromage", "beurre", "bacon", "poulet", "pain tranché", "céréales", "jambon"},
    };
    static final String[][] FOODS = {
        {"lasagna", "banana bread", "chili", "butter chicken", "perogies", "pancakes", "dumplings", "shepherd's pie"},
        {"pâté chinois", "pouding chômeur", "ragoût", "spaghetti", "pain aux bananes", "chili"},
        {"饺子", "红烧肉", "面条", "火锅", "包子"},
    };
    static final String[][] PLACES = {
        {"English Bay", "the lakeshore", "Lake Louise", "Peggy's Cove", "the harbour", "the old port", "the river trail"},
        {"la baie", "le Vieux-Port", "la chute Montmorency", "le lac", "la plage", "la piste cyclable"},
        {"湖边", "海边", "山顶", "公园", "老港口"},
    };
    static final String[] PETS = {"Mochi", "Biscuit", "Luna", "Tiger", "Pepper", "Noodle", "Ginger", "Milo"};
    static final String[][] TEAMS = {
        {"Harbour City Otters", "Northern Lynx", "Prairie Comets", "Lakeshore Blades"},
        {"Lynx du Nord", "Castors de la Rive", "Comètes des Prairies", "Lames du Lac"},
    };

    static final String[][] ORGANIC_BIOS = {
        {"Dad. Hockey fan. Coffee first.", "Nurse, mom, gardener.", "Proud {PROVINCE} resident.",
            "Opinions are my own.", "Teacher by day, baker by night.", "Retired and loving it.",
            "Small business owner in {CITY}.", "Dog person 🐕", "Runner, reader, news junkie.", "Engineer. Cyclist.",
            "Grandma of 5 ❤️", "Just here for the news.", "Union electrician.", "Student at {CITY} college."},
        {"Papa. Fan de hockey. Café d'abord.", "Infirmière, maman, jardinière.", "Fier résident de {CITY}.",
            "Opinions personnelles.", "Prof le jour, boulanger le soir.", "Retraitée et heureuse.",
            "Entrepreneur à {CITY}.", "Amateur de plein air 🌲", "Coureuse, lectrice, accro aux nouvelles.",
            "Grand-maman de 5 ❤️", "Électricien syndiqué."},
    };

    /** Bios for campaign personas (en, fr). */
    static final String[][] PERSONA_BIOS = {
        {"{OCCUPATION} in {CITY}. Love my family and my country 🇨🇦", "Proud Canadian. {OCCUPATION}. Truth matters.",
            "{OCCUPATION} | {CITY} | coffee and common sense", "Just a {OCCUPATION} who reads the news.",
            "Living in {CITY}. {OCCUPATION}. Dog lover."},
        {"{OCCUPATION} à {CITY}. J'aime ma famille et mon pays 🇨🇦", "Fier Canadien. {OCCUPATION}. La vérité compte.",
            "{OCCUPATION} | {CITY} | café et gros bon sens"},
    };

    /** Client applications (the {@code source} field). */
    static final String[] ORGANIC_CLIENTS = {"iPhone", "Android", "Web App", "iPad"};
    static final double[] ORGANIC_CLIENT_WEIGHTS = {0.45, 0.33, 0.18, 0.04};
    static final String CAMPAIGN_CLIENT = "Web App";
    static final String[] LEGACY_CLIENTS = {"Android", "Mobile Web (M2)", "BulkPoster"};
    static final String[] BOT_CLIENTS = {"AutoScheduler", "RSS Poster", "FeedBot"};
    static final String POLITICIAN_CLIENT = "Web App";

    static final Phrase[][] POLITICIAN_P = {Phrase.all(null, POLITICIAN[0]), Phrase.all(null, POLITICIAN[1])};
    static final Phrase[][] CAMOUFLAGE_P = {Phrase.all(null, CAMOUFLAGE[0]), Phrase.all(null, CAMOUFLAGE[1]),
        Phrase.all(null, CAMOUFLAGE[2])};
    static final Phrase[][] BOT_P = parseAll(BOT_GENRES);
    static final Phrase[][] ORGANIC_BIO_P = parseAll(ORGANIC_BIOS);
    static final Phrase[][] PERSONA_BIO_P = parseAll(PERSONA_BIOS);

    private static Phrase[][] parseAll(String[][] rows) {
        Phrase[][] out = new Phrase[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = Phrase.all(null, rows[i]);
        }
        return out;
    }

    static int provinceIndex(String code) {
        for (int i = 0; i < PROVINCE_CODES.length; i++) {
            if (PROVINCE_CODES[i].equals(code)) {
                return i;
            }
        }
        return -1;
    }

    static int legacyLanguageIndex(String code) {
        for (int i = 0; i < LEGACY_LANGUAGES.length; i++) {
            if (LEGACY_LANGUAGES[i].equals(code)) {
                return i;
            }
        }
        return -1;
    }
}
