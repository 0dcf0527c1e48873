/**
 * Appeals after they leave the box: registration with a number and category,
 * the lifecycle of consideration, forwarding, decision and answer, the legal deadlines
 * as a replaceable policy, and the answer's language.
 */
package kg.trustbox.appeal;
