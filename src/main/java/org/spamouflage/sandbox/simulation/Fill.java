package org.spamouflage.sandbox.simulation;

/**
 * Fills phrase slots. One instance per writer is reused for every post (set the fields, render),
 * so rendering allocates nothing but the output text. Language index: 0 English, 1 French,
 * 2 Mandarin.
 */
final class Fill implements Phrase.Filler {
    private static final int[] AMOUNTS = {5, 8, 10, 12, 15, 20, 25, 40, 50, 75, 100, 150, 250};
    private static final String[] CENTS = {".49", ".99", ".29", ".79", ".00", ".89"};

    Rng rng;
    int lang;
    String city;
    int province = OtherTexts.provinceIndex("ON");
    String pol = "";
    String party = "";
    String topic = "";
    String critic = "";
    String outlet = "";
    String occupation = "";

    @Override
    public void fill(int slot, StringBuilder out) {
        int l2 = Math.min(lang, 1);
        switch (slot) {
            case Slot.POL -> out.append(pol);
            case Slot.CRITIC -> out.append(critic);
            case Slot.OUTLET -> out.append(outlet);
            case Slot.CITY -> out.append(city != null ? city : rng.pick(OtherTexts.CITIES[province]));
            case Slot.PARTY -> out.append(party);
            case Slot.TOPIC -> out.append(topic);
            case Slot.NUM -> out.append(2 + rng.nextInt(8));
            case Slot.MONEY -> out.append(2 + rng.nextInt(23)).append(CENTS[rng.nextInt(CENTS.length)]);
            case Slot.RENT -> {
                int rent = 1400 + 25 * rng.nextInt(81);
                int rest = rent % 1000;
                out.append(rent / 1000).append(l2 == 1 ? ' ' : ',');
                if (rest < 100) {
                    out.append('0');
                }
                if (rest < 10) {
                    out.append('0');
                }
                out.append(rest);
            }
            case Slot.ITEM -> out.append(rng.pick(OtherTexts.ITEMS[l2]));
            case Slot.PROVINCE -> out.append(OtherTexts.PROVINCE_NAMES[l2][province]);
            case Slot.GROUP -> out.append(rng.pick(OtherTexts.GROUPS[l2]));
            case Slot.FOOD -> out.append(rng.pick(OtherTexts.FOODS[lang]));
            case Slot.PLACE -> out.append(rng.pick(OtherTexts.PLACES[lang]));
            case Slot.TEAM -> out.append(rng.pick(OtherTexts.TEAMS[l2]));
            case Slot.PET -> out.append(rng.pick(OtherTexts.PETS));
            case Slot.OCCUPATION -> out.append(occupation);
            case Slot.HOURS -> out.append(3 + rng.nextInt(16));
            case Slot.AMOUNT -> out.append(AMOUNTS[rng.nextInt(AMOUNTS.length)]);
            case Slot.YEAR -> out.append(2010 + rng.nextInt(14));
            case Slot.PCT -> out.append(5 + rng.nextInt(21));
            default -> throw new IllegalStateException("slot " + slot);
        }
    }
}
