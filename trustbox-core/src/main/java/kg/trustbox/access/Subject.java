package kg.trustbox.access;

/** What of an appeal is read. */
public enum Subject {
    /** Category, language, summary, decision. */
    CONTENT,
    /** A signed appellant's name and contacts. */
    IDENTITY
}
