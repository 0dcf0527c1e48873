package kg.trustbox.appeal;

import java.util.List;
import java.util.Optional;

/**
 * An appeal's content as an authorised official reads it: confidential.
 *
 * @param id the appeal
 * @param registration what registration recorded, including the summary
 * @param status where it is
 * @param forwardings where it was sent
 * @param decision the decision, once made
 * @param tags recurring-problem tags
 */
public record AppealContent(AppealId id, Optional<Registration> registration, Status status, List<Forwarding> forwardings,
                            Optional<Decision> decision, List<String> tags) {
    /** Hides the content. */
    @Override
    public String toString() {
        return "AppealContent[" + id + ", " + status + "]";
    }
}
