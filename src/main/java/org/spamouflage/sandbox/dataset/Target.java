package org.spamouflage.sandbox.dataset;

/**
 * A public figure whose posts draw comments (in generated data: an invented politician). The
 * target's own account is in {@link Dataset#accounts()} and its posts in {@link Dataset#posts()};
 * detection does not score target accounts.
 *
 * @param accountId the target's account
 * @param name      shown name
 * @param party     invented party name, or empty
 * @param role      {@code prime-minister}, {@code opposition-leader}, {@code minister}, {@code mp}, or empty
 * @param province  two-letter province code, or empty
 */
public record Target(String accountId, String name, String party, String role, String province) {
    public Target {
        Checks.id(accountId, "target account id");
        name = name == null ? "" : name;
        party = party == null ? "" : party;
        role = role == null ? "" : role;
        province = province == null ? "" : province;
    }
}
