package kg.trustbox.access;

/** Why an official reads an appeal; recorded with every access. */
public enum Purpose {
    REGISTRATION,
    CONSIDERATION,
    ANSWER,
    /** Drawing up a document that needs the data (the act, the answer letter). */
    DOCUMENT,
    /** Statistics and audits: never content or identity. */
    STATISTICS
}
