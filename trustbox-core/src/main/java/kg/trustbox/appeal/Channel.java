package kg.trustbox.appeal;

/** How an answer reached a signed appellant. */
public enum Channel {
    LETTER,
    PHONE,
    EMAIL
}
