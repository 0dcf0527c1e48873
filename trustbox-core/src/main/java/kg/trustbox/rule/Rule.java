package kg.trustbox.rule;

/**
 * The enforceable clauses of the trust-box regulation, one constant per rule id of
 * {@code RULES.md}, plus the law on citizens' appeals whose deadlines the library applies.
 *
 * <p>Every rejection and every compliance finding names one of these, so a message can say which
 * clause was at stake.
 */
public enum Rule {
    /** The box has a location, shown in the public notice and in every act. */
    R_1_2("R-1.2"),
    /** An appeal is signed (name and a way to answer) or anonymous (no identity at all). */
    R_1_4("R-1.4"),
    /** Every withdrawn appeal is registered with a number and a category. */
    R_1_5_1("R-1.5.1"),
    /** An appeal moves through its lifecycle: considered, forwarded, decided, answered. */
    R_1_5_2("R-1.5.2"),
    /** Appeals are analysed and generalised in the quarterly report. */
    R_1_5_3("R-1.5.3"),
    /** Anonymity holds end to end. */
    R_3_2("R-3.2"),
    /** The procedure is published to parents. */
    R_4_1("R-4.1"),
    /** The box can be reached on working days, 08:00 to 17:00. */
    R_4_2("R-4.2"),
    /** The box is opened every Tuesday at 12:00 by the commission; a withdrawal act is drawn up. */
    R_4_3("R-4.3"),
    /** Withdrawn appeals are registered and considered. */
    R_4_4("R-4.4"),
    /** After every opening the box is sealed and the journal written. */
    R_4_5("R-4.5"),
    /** The commission is appointed by order, odd in number, with a parent representative. */
    R_5_1("R-5.1"),
    /** A responsible person is appointed by order from among the commission. */
    R_5_2("R-5.2"),
    /** At least two meetings per half-year, minutes signed by every member. */
    R_5_3("R-5.3"),
    /** Chair and secretary are elected at the first meeting by open vote. */
    R_5_4("R-5.4"),
    /** The responsible person prepares a quarterly report by the 5th; a meeting discusses it. */
    R_5_5("R-5.5"),
    /** Only authorised officials read appeal content; every read is recorded. */
    R_6_1("R-6.1"),
    /** Minutes, the opening journal and withdrawal acts are kept. */
    R_6_2("R-6.2"),
    /** Law No. 67 of 4 May 2007 on citizens' appeals: registration and consideration deadlines. */
    LAW_67("Law No. 67");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    /** The id as the regulation's rule list writes it, for example {@code }. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return id;
    }
}
