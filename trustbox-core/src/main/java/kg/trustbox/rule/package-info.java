/**
 * The regulation's rule ids ({@link kg.trustbox.rule.Rule}) and the library's messages in Kyrgyz,
 * Russian and English ({@link kg.trustbox.rule.Messages}). What a step gives back, an outcome or an
 * exception, is in {@link kg.trustbox.outcome}; how typed input is checked, in
 * {@link kg.trustbox.input}.
 */
package kg.trustbox.rule;
