package kg.trustbox;

import java.util.List;
import java.util.Optional;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.box.OpenedBox;
import kg.trustbox.box.WithdrawalAct;

/**
 * What an accepted opening produced: the opened box (which must now be sealed), the withdrawal
 * act when appeals were found, and the ids of the withdrawn appeals awaiting registration.
 */
public record OpeningResult(OpenedBox box, Optional<WithdrawalAct> act, List<AppealId> appeals) {
    public OpeningResult {
        appeals = List.copyOf(appeals);
    }
}
