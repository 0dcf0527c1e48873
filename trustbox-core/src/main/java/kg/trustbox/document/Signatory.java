package kg.trustbox.document;

/**
 * A signature line: "position — ______ (signature) — full name".
 *
 * @param position the position or role, in the document's language
 * @param fullName the full name
 */
public record Signatory(String position, String fullName) {
}
