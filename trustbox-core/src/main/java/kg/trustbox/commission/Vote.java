package kg.trustbox.commission;

import jakarta.validation.constraints.NotNull;

/**
 * One member's open vote for a candidate.
 *
 * @param voter the member who votes
 * @param candidate the member voted for
 */
public record Vote(@NotNull PersonId voter, @NotNull PersonId candidate) {
}
