package kg.trustbox.appeal;

/** The outcome of consideration. */
public enum Verdict {
    JUSTIFIED,
    PARTLY_JUSTIFIED,
    NOT_JUSTIFIED,
    /** Left unconsidered on a legal ground (Law No. 67, Art. 6), which must be recorded. */
    LEFT_UNCONSIDERED
}
