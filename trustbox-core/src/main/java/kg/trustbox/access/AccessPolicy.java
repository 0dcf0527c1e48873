package kg.trustbox.access;

import kg.trustbox.appeal.Category;

/**
 * Who may read what of an appeal: a replaceable policy. Implementations are immutable and thread-safe.
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * Whether {@code official} may read {@code subject} of an appeal of {@code category} for {@code purpose}.
     *
     * @param category the appeal's category; {@link Category#CORRUPTION}, the most protected, before registration
     */
    boolean allows(Official official, Subject subject, Category category, Purpose purpose);

    /**
     * The safe default: no one reads for {@link Purpose#STATISTICS}; commission members and the
     * responsible person read content and identity; the director reads content, and identity
     * except of corruption reporters (Law No. 19); an auditor reads neither.
     */
    static AccessPolicy regulationDefault() {
        return (official, subject, category, purpose) -> {
            if (purpose == Purpose.STATISTICS) {
                return false;
            }
            if (official.has(Role.COMMISSION_MEMBER) || official.has(Role.RESPONSIBLE_PERSON)) {
                return true;
            }
            if (official.has(Role.DIRECTOR)) {
                return subject == Subject.CONTENT || category != Category.CORRUPTION;
            }
            return false;
        };
    }
}
