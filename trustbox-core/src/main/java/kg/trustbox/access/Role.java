package kg.trustbox.access;

/** The roles of school officials towards the box. */
public enum Role {
    COMMISSION_MEMBER,
    RESPONSIBLE_PERSON,
    DIRECTOR,
    /** Sees statistics only, never an appeal's content or author. */
    AUDITOR
}
