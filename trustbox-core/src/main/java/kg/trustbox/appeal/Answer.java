package kg.trustbox.appeal;

import java.time.Instant;
import kg.trustbox.school.Language;

/**
 * The answer given to a signed appellant.
 *
 * @param at when it was sent
 * @param language the language it was written in
 * @param channel how it was sent
 */
public record Answer(Instant at, Language language, Channel channel) {
}
