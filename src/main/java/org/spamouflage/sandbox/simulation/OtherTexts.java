package org.spamouflage.sandbox.simulation;

/**
 * Text for everything that is neither an honest user's comment nor a campaign template: the
 * politicians' own posts, camouflage, background bots, the spam hijacked accounts posted before
 * they changed hands, and the slot fillers (cities, foods, teams...).
 */
final class OtherTexts {
    private OtherTexts() {
    }

    /**
     * What politicians' staff sometimes add after the post itself (en, fr). The posts are in the
     * {@code announce} sections of the honest banks, by topic (see {@link OrganicTexts#ANNOUNCE_P}).
     */
    static final String[][] POLITICIAN_TAILS = {
        {"[More|Details|Read more] [soon|below|on our website].", "[#TeamCanada|Let's keep going.|Onward.]",
            "[Thank you|Merci], {CITY}!", "[Share if you agree|Tell us what you think|Your thoughts?]"},
        {"[Plus de détails|Détails|Les détails] [bientôt|sur notre site|à venir].", "[On continue|En avant]!",
            "Merci, {CITY}!", "[Qu'en pensez-vous?|Vos idées?|Partagez si vous êtes d'accord.]"},
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

    /**
     * Background-bot genres: each a list of post formats (a link is appended by the generator).
     * Every bot decides the inline choices once ({@link Phrase#resolve}): a bot repeats its own
     * format day after day, while two bots of one genre word theirs differently, as two real
     * services would.
     */
    static final String[][] BOT_GENRES = {
        {"[Weather update|Current conditions|Now|Conditions|🌡️ Right now|Obs] [for|in|at|—] {CITY}[:| -| |,] {NUM}°C[ and|,| with| |;] [[cloudy|clear skies|light rain|sunny periods|fog|drizzle|a few showers]][.|| #wx| (updated hourly)]",
            "[Forecast|Today's forecast|Outlook|Today|Daily forecast|Next 24h] [{CITY}|for {CITY}|in {CITY}|{CITY} area]: [high of|high|max|daytime high] 2{NUM}°C[,|;| with a] {PCT}% [chance of|risk of|probability of|POP] [[rain|showers|thunderstorms|drizzle]][.|||, low 1{NUM}°C.]",
            "[Air quality|AQHI|Special air quality|⚠️ Air quality|Smoke] [alert|statement|warning|advisory] [for|in|issued for] {CITY} [today|this afternoon|until further notice|tonight][.|| - limit outdoor activity.]",
            "[UV index|UV|Sun alert|UV level] [in|for|at] {CITY} [[is high|reaches {NUM}|is very high|peaks at {NUM}]] [this afternoon|today|at midday|between 11 and 3][.|| ☀️]"},
        {"[DEAL|HOT DEAL|Deal alert|TODAY ONLY|🔥 Deal|Steal]: {ITEM} [bundle|pack|combo|set] [now|at|just] {PCT}% off[! Limited time.|.| while supplies last.| ends tonight.]",
            "[Flash sale|Lightning deal|Sale|Weekend sale|Mega sale] on [[phone cases|chargers|headphones|smart plugs|power banks]], {PCT}% off [today only|for 24h|now|this weekend]",
            "[Top 10|Best|{NUM} great|Our favourite|Must-have] [[gadgets|gifts|kitchen tools|desk accessories]] under ${MONEY} [this week|right now|today|for back to school]",
            "[Price drop alert|Price drop|Now cheaper|Lowest price ever|Price cut]: [[wireless earbuds|a robot vacuum|an air fryer|a smartwatch|a blender]] [now|down to|for|at] ${MONEY}"},
        {"[BTC|Bitcoin|ETH|$BTC|$SOL] [moved|jumped|pumped|swung] {PCT}% in the last [hour|{NUM} hours|day]. [Don't miss the next pump!|Get in early!|Are you ready?|Stay tuned.|Watch this level.] 🚀",
            "[New token listing|Listing|New coin|Fresh listing] [alert|announced|live|incoming]. [[Early buyers win big|Don't miss out|Presale now open|Limited spots]] 🚀",
            "[Whale alert|🐋 Whale alert|Large transfer|Big move]: {NUM},000 [[coins|BTC|ETH|USDT]] [moved to|sent to|transferred to] [[an exchange|a cold wallet|an unknown wallet]].",
            "[Market update|Crypto update|Daily recap|Market wrap|24h recap]: [[altcoins|the market|top coins|memecoins]] [[up|down]] {PCT}% [today|in 24h|since yesterday|this morning]."},
        {"[Now hiring|Hiring|Job alert|New job|Apply now] in {CITY}: [[warehouse associate|line cook|cashier|forklift operator|admin assistant]], ${MONEY}/hr[.|| (full time)]",
            "{NUM}0 new [jobs|openings|positions|listings] posted in {CITY} [today|this week|in the last 24h|since Monday][.|!| - see all]",
            "[Remote job alert|Work from home|Remote|WFH job] [|🏠 ]- [[customer support|data entry|sales rep|bookkeeper]], [apply now|apply today|hiring now|no experience needed]",
            "[Hiring|Now hiring|Urgent|We're hiring]: [[delivery drivers|movers|cleaners|servers]] in {CITY}, [start this week|start Monday|immediate start|flexible hours]"},
        {"[Daily horoscope|Your horoscope|Today's stars|Star forecast|✨ Horoscope]: [[today favours bold decisions|trust your instincts|a good day for new beginnings|patience pays off|say what you mean|a small risk brings a big reward|finish what you started|listen more than you speak|your energy is contagious|slow down and breathe]].",
            "[Your lucky number today is {NUM}|Today's lucky colour: [[green|blue|red|gold|violet]]|Lucky day this week: [[Friday|Tuesday|Sunday|Monday]]|Lucky number of the week: {NUM}{NUM}].",
            "[Horoscope|Stars say|Astrology|Cosmic news]: [[a surprise message is coming your way|money news is near|someone is thinking of you|an old friend returns|a door opens at work|love is in the air|travel plans shift|a decision gets easier]].",
            "[Stars say|Today's advice|Cosmic tip|Daily wisdom]: [[rest and recharge today|call an old friend|say yes to the unexpected|clear your desk|drink more water|go for a walk|write it down|be kind to yourself]]."},
        {"[Headline|Breaking|Local news|City hall|NEWS]: {CITY} council [[votes on|debates|approves|delays]] [[new budget|a tax freeze|bike lanes|a new arena|transit cuts]].",
            "[Traffic alert|Traffic|Road update|🚧 Roads]: [[delays|a collision|lane closures|a stalled truck]] on the [[main bridge|highway|ring road|downtown core]] in {CITY}.",
            "[Headline|Local|News|Update]: new [[bike lanes|bus routes|parks|crosswalks]] planned for {CITY}[.|| next year.]",
            "[Local news|Community|City news|Around town]: {CITY} [[library extends weekend hours|pool reopens|farmers market moves|arena gets new roof]]."},
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
        {"eggs", "butter", "cheese", "ground beef", "coffee", "cereal", "baby formula", "chicken",
            "apples", "olive oil", "milk", "bread"},
        {"café", "fromage", "beurre", "bacon", "poulet", "pain tranché", "gruau", "jambon", "lait", "bœuf haché"},
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

    static final Phrase[][] POLITICIAN_TAILS_P = {Phrase.all(null, POLITICIAN_TAILS[0]),
        Phrase.all(null, POLITICIAN_TAILS[1])};
    static final Phrase[][] CAMOUFLAGE_P = {Phrase.all(null, CAMOUFLAGE[0]), Phrase.all(null, CAMOUFLAGE[1]),
        Phrase.all(null, CAMOUFLAGE[2])};
    static final Phrase[][] BOT_P = parseAll(BOT_GENRES);
    /** Emoji campaign operators swap in and out of recycled camouflage posts. */
    static final String[] CAMOUFLAGE_EMOJI = {"🌅", "🌸", "🐱", "😺", "☕", "🍁", "⛰️", "🌿", "🌙", "😋", "✨", "❤️", "😊",
        "👍", "🌞", "🐈", "🏒", "💪", "🙏", "😍"};
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
