/**
 * Commission meetings: the agenda, the minutes drawn up by the secretary and signed by
 * every member, complete only when all have signed; the first meeting elects chair and secretary.
 */
package kg.trustbox.meeting;
