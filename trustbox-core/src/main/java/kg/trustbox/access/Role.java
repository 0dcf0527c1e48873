package kg.trustbox.access;

/**
 * The roles of school officials towards the box, and which of them the library can check
 * itself. {@link #COMMISSION_MEMBER} and {@link #RESPONSIBLE_PERSON} are checked against the stored
 * commission on the day of a read; {@link #DIRECTOR} and {@link #AUDITOR} are roles the library
 * keeps no record of, so the host declares them once ({@link Declaration}) and a claim without a
 * declaration in force is refused and recorded.
 */
public enum Role {
    /** A member of the commission in force: checked against its composition. */
    COMMISSION_MEMBER,
    /** The commission's responsible person: checked against the commission in force. */
    RESPONSIBLE_PERSON,
    /** The school's director: declared by the host with the order that appoints them. */
    DIRECTOR,
    /** Sees statistics only, never an appeal's content or author; declared by the host. */
    AUDITOR;

    /** Whether the host declares this role ({@link Declaration}) rather than the library's records showing it. */
    public boolean isDeclared() {
        return this == DIRECTOR || this == AUDITOR;
    }
}
