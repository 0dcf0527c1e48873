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
    OTHER
}
