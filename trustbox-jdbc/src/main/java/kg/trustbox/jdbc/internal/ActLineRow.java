package kg.trustbox.jdbc.internal;

import kg.trustbox.school.SchoolId;

/**
 * An act line as {@code trustbox_act_line} holds it: whether it was signed, never by whom (a signed
 * appellant's identity is a row of {@code trustbox_appellant_identity}). Bound by name. Internal.
 *
 * @param school        the school
 * @param actYear       the act's year
 * @param actSeq        the act's number in its year
 * @param number        the line
 * @param appellantKind {@code SIGNED} or {@code ANONYMOUS}
 * @param note          the commission's note on the paper
 */
public record ActLineRow(SchoolId school, int actYear, int actSeq, int number, String appellantKind, String note) {
}
