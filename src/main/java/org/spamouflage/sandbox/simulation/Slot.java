package org.spamouflage.sandbox.simulation;

/** The named gaps a {@link Phrase} can contain, e.g. {@code {POL}} for a politician's name. */
final class Slot {
    static final int POL = 0;        // a politician's full name
    static final int CRITIC = 1;     // the storyline's invented critic
    static final int OUTLET = 2;     // an invented outlet
    static final int CITY = 3;       // a city (the writer's own, for organic users)
    static final int PARTY = 4;      // a party name
    static final int TOPIC = 5;      // a news-spike topic
    static final int NUM = 6;        // a small count
    static final int MONEY = 7;      // a price like 12.49
    static final int RENT = 8;       // a monthly rent like 2350
    static final int ITEM = 9;       // a grocery item
    static final int PROVINCE = 10;  // a province name
    static final int GROUP = 11;     // a group a politician meets
    static final int FOOD = 12;      // a dish
    static final int PLACE = 13;     // a scenic place
    static final int TEAM = 14;      // a sports team (invented)
    static final int PET = 15;       // a pet's name
    static final int OCCUPATION = 16; // a persona's occupation
    static final int HOURS = 17;     // a number of hours
    static final int AMOUNT = 18;    // millions of dollars
    static final int YEAR = 19;      // a year
    static final int PCT = 20;       // a percentage
    static final int COUNT = 21;     // number of slots

    private static final String[] NAMES = {"POL", "CRITIC", "OUTLET", "CITY", "PARTY", "TOPIC", "NUM", "MONEY",
        "RENT", "ITEM", "PROVINCE", "GROUP", "FOOD", "PLACE", "TEAM", "PET", "OCCUPATION", "HOURS", "AMOUNT",
        "YEAR", "PCT"};

    private Slot() {
    }

    static int id(String name) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown slot {" + name + "}");
    }
}
