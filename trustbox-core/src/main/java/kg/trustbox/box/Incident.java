package kg.trustbox.box;

/** What an inspection found wrong with the box or its seal; the journal carries it and reports show it. */
public enum Incident {
    /** The box shows mechanical damage. */
    BOX_DAMAGED,
    /** The seal is not intact. */
    SEAL_BROKEN,
    /** The seal's number is not the one applied at the last sealing. */
    SEAL_MISMATCH
}
