/**
 * The rule ids ({@link kg.trustbox.rule.Rule}), outcomes of operations the regulation may refuse
 * ({@link kg.trustbox.rule.Outcome}), the library's exceptions and their messages in Kyrgyz,
 * Russian and English.
 */
package kg.trustbox.rule;
