/**
 * Input validation at the library's edge: {@link kg.trustbox.input.Inputs} checks command records
 * against their Bean Validation constraints with the provider on the class path, and
 * {@link kg.trustbox.input.PlainText} refuses control and format characters in free text. Invalid
 * input throws {@link kg.trustbox.outcome.InvalidInputException}, localised, naming no value.
 */
package kg.trustbox.input;
