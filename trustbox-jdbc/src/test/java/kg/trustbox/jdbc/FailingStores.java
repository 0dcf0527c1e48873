package kg.trustbox.jdbc;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import kg.trustbox.access.AccessLog;
import kg.trustbox.access.AccessRecord;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Declarations;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Boxes;
import kg.trustbox.box.JournalEntry;
import kg.trustbox.box.OpeningJournal;
import kg.trustbox.box.Seal;
import kg.trustbox.box.TrustBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Commission;
import kg.trustbox.commission.Commissions;
import kg.trustbox.meeting.Meetings;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.report.Quarter;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.report.QuarterlyReports;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;

/**
 * Real stores whose {@code failAt}-th write fails right after it was made, as a lost connection
 * or a crash would: the step's transaction must then leave nothing behind. Not a mock: every call
 * goes to the database.
 */
final class FailingStores {
    /** The injected failure. */
    static final class Injected extends RuntimeException {
        Injected(int n) {
            super("injected failure after write " + n);
        }
    }

    private final AtomicInteger writes = new AtomicInteger();
    private final int failAt;

    private FailingStores(int failAt) {
        this.failAt = failAt;
    }

    /** {@code real}, failing after its {@code failAt}-th write. */
    static Stores of(Stores real, int failAt) {
        FailingStores f = new FailingStores(failAt);
        return new Stores(real.transactions(), f.commissions(real.commissions()), f.boxes(real.boxes()), f.journal(real.journal()),
                f.appeals(real.appeals()), f.accessLog(real.accessLog()), f.meetings(real.meetings()), f.reports(real.reports()),
                f.declarations(real.declarations()), f.ledger(real.ledger()), real.receipts());
    }

    private <T> T wrote(T result) {
        int n = writes.incrementAndGet();
        if (n == failAt) {
            throw new Injected(n);
        }
        return result;
    }

    private Commissions commissions(Commissions real) {
        return new Commissions() {
            @Override
            public void save(Commission commission) {
                real.save(commission);
                wrote(null);
            }

            @Override
            public List<Commission> history(SchoolId school) {
                return real.history(school);
            }
        };
    }

    private Boxes boxes(Boxes real) {
        return new Boxes() {
            @Override
            public Optional<TrustBox> find(SchoolId school) {
                return real.find(school);
            }

            @Override
            public boolean replace(TrustBox next) {
                return wrote(real.replace(next));
            }

            @Override
            public boolean useSeal(SchoolId school, Seal seal) {
                return wrote(real.useSeal(school, seal));
            }

            @Override
            public ActNumber nextActNumber(SchoolId school, int year) {
                return real.nextActNumber(school, year);
            }

            @Override
            public void saveAct(WithdrawalAct act) {
                real.saveAct(act);
                wrote(null);
            }

            @Override
            public Optional<WithdrawalAct> act(SchoolId school, ActNumber number) {
                return real.act(school, number);
            }

            @Override
            public Optional<Integer> lastActNumber(SchoolId school, int year) {
                return real.lastActNumber(school, year);
            }

            @Override
            public java.util.Map<Integer, String> identityCommitments(SchoolId school, ActNumber act) {
                return real.identityCommitments(school, act);
            }

            @Override
            public boolean purgeIdentity(SchoolId school, ActNumber act, int line) {
                return wrote(real.purgeIdentity(school, act, line));
            }
        };
    }

    private kg.trustbox.ledger.Ledger ledger(kg.trustbox.ledger.Ledger real) {
        return new kg.trustbox.ledger.Ledger() {
            @Override
            public boolean append(kg.trustbox.ledger.LedgerEntry entry) {
                return wrote(real.append(entry));
            }

            @Override
            public List<kg.trustbox.ledger.LedgerEntry> entries(SchoolId school) {
                return real.entries(school);
            }

            @Override
            public Optional<Chain.Head> head(SchoolId school) {
                return real.head(school);
            }
        };
    }

    private OpeningJournal journal(OpeningJournal real) {
        return new OpeningJournal() {
            @Override
            public boolean append(JournalEntry entry) {
                return wrote(real.append(entry));
            }

            @Override
            public List<JournalEntry> entries(SchoolId school) {
                return real.entries(school);
            }

            @Override
            public Optional<Chain.Head> head(SchoolId school) {
                return real.head(school);
            }
        };
    }

    private Appeals appeals(Appeals real) {
        return new Appeals() {
            @Override
            public void add(Appeal appeal) {
                real.add(appeal);
                wrote(null);
            }

            @Override
            public boolean replace(Appeal next) {
                return wrote(real.replace(next));
            }

            @Override
            public Optional<Appeal> find(SchoolId school, AppealId id) {
                return real.find(school, id);
            }

            @Override
            public List<Appeal> list(SchoolId school) {
                return real.list(school);
            }

            @Override
            public RegistrationNumber nextRegistrationNumber(SchoolId school, int year) {
                return wrote(real.nextRegistrationNumber(school, year));
            }
        };
    }

    private AccessLog accessLog(AccessLog real) {
        return new AccessLog() {
            @Override
            public boolean append(AccessRecord record) {
                return wrote(real.append(record));
            }

            @Override
            public List<AccessRecord> records(SchoolId school) {
                return real.records(school);
            }

            @Override
            public Optional<Chain.Head> head(SchoolId school) {
                return real.head(school);
            }
        };
    }

    private Meetings meetings(Meetings real) {
        return new Meetings() {
            @Override
            public void save(Protocol protocol) {
                real.save(protocol);
                wrote(null);
            }

            @Override
            public Optional<Protocol> find(SchoolId school, int number) {
                return real.find(school, number);
            }

            @Override
            public List<Protocol> list(SchoolId school) {
                return real.list(school);
            }
        };
    }

    private QuarterlyReports reports(QuarterlyReports real) {
        return new QuarterlyReports() {
            @Override
            public void save(QuarterlyReport report) {
                real.save(report);
                wrote(null);
            }

            @Override
            public Optional<QuarterlyReport> find(SchoolId school, Quarter quarter) {
                return real.find(school, quarter);
            }

            @Override
            public List<QuarterlyReport> list(SchoolId school) {
                return real.list(school);
            }
        };
    }

    private Declarations declarations(Declarations real) {
        return new Declarations() {
            @Override
            public boolean add(SchoolId school, Declaration declaration) {
                return wrote(real.add(school, declaration));
            }

            @Override
            public List<Declaration> list(SchoolId school) {
                return real.list(school);
            }
        };
    }
}
