/**
 * The opening commission: appointed by the director's order with an odd number of members and a
 * parent-community representative, a responsible person appointed from among it,
 * and chair and secretary elected by open vote at its first meeting.
 */
package kg.trustbox.commission;
