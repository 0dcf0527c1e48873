package kg.trustbox.document;

/**
 * The school as a document's header shows it.
 *
 * @param name the school's full name in the document's language
 * @param boxLocation where the box stands
 */
public record SchoolHeader(String name, String boxLocation) {
}
