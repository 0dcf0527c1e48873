package kg.trustbox.appeal;

/** What an appeal is about. */
public enum Category {
    /** A violation of a child's rights. */
    CHILD_RIGHTS,
    /** A report of corruption; the reporter's identity is protected (Law No. 19). */
    CORRUPTION,
    /** A suggestion. */
    SUGGESTION,
    /** A complaint. */
    COMPLAINT,
    /** Anything else. */
    OTHER;

    /**
     * The category named {@code name} (case-insensitive), for input that arrives as text.
     *
     * @throws kg.trustbox.outcome.InvalidInputException naming the field and the allowed values
     */
    public static Category parse(String name) {
        return Parsing.parse(Category.class, "category", name);
    }
}
