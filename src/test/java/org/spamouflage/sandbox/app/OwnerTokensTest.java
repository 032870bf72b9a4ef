package org.spamouflage.sandbox.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Owner tokens: their form, the cookie value, and which token a browser files its imports under. */
class OwnerTokensTest {
    private static final String OWN = "ABCDEFGHJKMNPQRSTUVWXYZ2";
    private static final String GIVEN = "ZYXWVUTSRQPNMKJHGFEDCBA3";

    @Test
    void newTokensAreWellFormedAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = OwnerTokens.next();
            assertThat(OwnerTokens.wellFormed(t)).as(t).isTrue();
            assertThat(seen.add(t)).as("repeated " + t).isTrue();
        }
        assertThat(OwnerTokens.wellFormed(OWN.toLowerCase(java.util.Locale.ROOT))).isFalse();
        assertThat(OwnerTokens.wellFormed(OWN.substring(1))).isFalse();
        assertThat(OwnerTokens.wellFormed(OWN.replace('2', '1'))).as("1 is not in the alphabet").isFalse();
    }

    @Test
    void theCookieValueKeepsWellFormedTokensInOrderWithoutRepeatsUpToTheCap() {
        assertThat(OwnerTokens.parse(OWN + ".junk." + GIVEN + "." + OWN)).containsExactly(OWN, GIVEN);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(OwnerTokens.next());
        }
        assertThat(OwnerTokens.parse(OwnerTokens.format(many))).isEqualTo(many.subList(0, OwnerTokens.MAX_PER_BROWSER));
        assertThat(OwnerTokens.parse(null)).isEmpty();
    }

    @Test
    void aGivenTokenComesAfterTheBrowsersOwnSoNewImportsStayUnderItsOwn() {
        List<String> after = OwnerTokens.adopt(List.of(OWN), GIVEN);
        assertThat(after).containsExactly(OWN, GIVEN);
        // What the pages and the import store use: new imports go under the first token.
        assertThat(ImportAccess.of(after, false).ownerToken()).isEqualTo(OWN);
        assertThat(OwnerTokens.adopt(after, GIVEN)).as("given twice").containsExactly(OWN, GIVEN);
    }

    @Test
    void aFreshBrowserOpeningALinkGetsItsOwnTokenFirst() {
        List<String> after = OwnerTokens.adopt(List.of(), GIVEN);
        assertThat(after).hasSize(2).element(1).isEqualTo(GIVEN);
        assertThat(after.get(0)).isNotEqualTo(GIVEN).satisfies(t -> assertThat(OwnerTokens.wellFormed(t)).isTrue());
        // Someone who sent the link (and so knows GIVEN) does not see what this browser imports next.
        assertThat(ImportAccess.of(after, false).ownerToken()).isNotEqualTo(GIVEN);
    }

    @Test
    void aFullBrowserDropsItsOldestOtherTokenNotItsOwnOrTheGivenOne() {
        List<String> full = new ArrayList<>(List.of(OWN));
        for (int i = 1; i < OwnerTokens.MAX_PER_BROWSER; i++) {
            full.add(OwnerTokens.next());
        }
        List<String> after = OwnerTokens.adopt(full, GIVEN);
        assertThat(after).hasSize(OwnerTokens.MAX_PER_BROWSER).startsWith(OWN, GIVEN)
                .doesNotContain(full.get(full.size() - 1));
    }

    @Test
    void theDatabaseKeepsTheSha256OfATokenNeverTheToken() {
        // Oracle: printf 'ABCDEFGHJKMNPQRSTUVWXYZ2' | sha256sum
        assertThat(OwnerTokens.hash(OWN)).isEqualTo(OwnerTokensTest.SHA256_OF_OWN).doesNotContain(OWN);
    }

    static final String SHA256_OF_OWN = "1370db615cc64ccfbe7171b9506357f0fbd268f9cd785d422c7b7038cbe48062";
}
