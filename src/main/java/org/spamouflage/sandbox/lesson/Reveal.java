package org.spamouflage.sandbox.lesson;

import java.util.List;
import java.util.Map;
import org.spamouflage.sandbox.dataset.AccountClass;
import org.spamouflage.sandbox.dataset.AccountRole;

/**
 * The truth as a student sees it once it is shown: every account's class, their latest submission
 * and its score, and the class board.
 *
 * @param classes every account of the exercise with its class, in the detection's order
 * @param latest  the student's latest submission, or null when they never submitted
 * @param score   its score with the lesson's costs, or null
 * @param board   the class board
 * @param roles   the honest accounts that coordinate in the open (advocacy, news, fan ring,
 *                hashtag game) with their role; accounts not in it have none
 */
public record Reveal(Map<String, AccountClass> classes, Submission latest, Score score, List<Board.Row> board,
                     Map<String, AccountRole> roles) {

    public Reveal {
        roles = roles == null ? Map.of() : roles;
    }

    /** A reveal without roles (labels that name none). */
    public Reveal(Map<String, AccountClass> classes, Submission latest, Score score, List<Board.Row> board) {
        this(classes, latest, score, board, Map.of());
    }

    /** The account's role, {@link AccountRole#NONE} when it has none. */
    public AccountRole role(String accountId) {
        return roles.getOrDefault(accountId, AccountRole.NONE);
    }

    /** How the student's latest call on an account turned out. */
    public enum Outcome { CAUGHT, FALSE_ALARM, MISSED, CORRECTLY_LEFT }

    public Outcome outcome(String accountId) {
        boolean campaign = classes.get(accountId) == AccountClass.CAMPAIGN;
        boolean flagged = latest != null && java.util.Collections.binarySearch(latest.flagged(), accountId) >= 0;
        if (flagged) {
            return campaign ? Outcome.CAUGHT : Outcome.FALSE_ALARM;
        }
        return campaign ? Outcome.MISSED : Outcome.CORRECTLY_LEFT;
    }

    /** True for the student's mistakes. */
    public boolean mistake(String accountId) {
        Outcome o = outcome(accountId);
        return o == Outcome.FALSE_ALARM || o == Outcome.MISSED;
    }
}
