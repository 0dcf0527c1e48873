package kg.trustbox.contract;

import java.util.List;
import java.util.Optional;
import kg.trustbox.access.AccessLog;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningJournal;
import kg.trustbox.chain.Chain;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import kg.trustbox.store.memory.InMemoryStores;

/**
 * The contracts of the appeals, the journal and the access log on ports that implement only their
 * abstract methods, so that every default method (period reads, pages, parts of a chain, the
 * verification from a checkpoint) is held to the contract an adapter that does not override it
 * relies on: {@code DefaultAppealsTest}, {@code DefaultOpeningJournalTest}, {@code DefaultAccessLogTest}.
 */
final class PortDefaults {
    private PortDefaults() {
    }


    /** Memory stores whose appeals, journal and access log forward only their abstract methods. */
    static Stores withDefaults() {
        Stores s = InMemoryStores.create();
        Appeals a = s.appeals();
        OpeningJournal j = s.journal();
        AccessLog l = s.accessLog();
        Appeals appeals = new Appeals() {
            @Override
            public void add(Appeal appeal) {
                a.add(appeal);
            }

            @Override
            public boolean replace(Appeal next) {
                return a.replace(next);
            }

            @Override
            public Optional<Appeal> find(SchoolId school, AppealId id) {
                return a.find(school, id);
            }

            @Override
            public List<Appeal> list(SchoolId school) {
                return a.list(school);
            }

            @Override
            public RegistrationNumber nextRegistrationNumber(SchoolId school, int year) {
                return a.nextRegistrationNumber(school, year);
            }
        };
        OpeningJournal journal = new OpeningJournal() {
            @Override
            public boolean append(JournalEntry entry) {
                return j.append(entry);
            }

            @Override
            public List<JournalEntry> entries(SchoolId school) {
                return j.entries(school);
            }

            @Override
            public Optional<Chain.Head> head(SchoolId school) {
                return j.head(school);
            }
        };
        AccessLog log = new AccessLog() {
            @Override
            public boolean append(AccessRecord record) {
                return l.append(record);
            }

            @Override
            public List<AccessRecord> records(SchoolId school) {
                return l.records(school);
            }

            @Override
            public Optional<Chain.Head> head(SchoolId school) {
                return l.head(school);
            }
        };
        return new Stores(s.transactions(), s.commissions(), s.boxes(), journal, appeals, log, s.meetings(), s.reports(),
                s.declarations(), s.ledger(), s.receipts());
    }
}
