/**
 * What a step of the regulation gives back: an {@link kg.trustbox.outcome.Outcome}, accepted or
 * rejected under a rule with a {@link kg.trustbox.outcome.Rejection}; or one of the library's
 * exceptions, all {@link kg.trustbox.outcome.TrustBoxException}s with a localised message that names
 * the rule or field and never personal data.
 */
package kg.trustbox.outcome;
