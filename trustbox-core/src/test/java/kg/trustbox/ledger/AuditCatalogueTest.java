package kg.trustbox.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kg.trustbox.TrustBoxOffice;
import kg.trustbox.access.Declaration;
import kg.trustbox.access.Role;
import kg.trustbox.appeal.Appeal;
import kg.trustbox.appeal.AppealId;
import kg.trustbox.appeal.Appeals;
import kg.trustbox.appeal.Registration;
import kg.trustbox.appeal.RegistrationNumber;
import kg.trustbox.appeal.Withdrawal;
import kg.trustbox.appellant.Appellant;
import kg.trustbox.box.ActNumber;
import kg.trustbox.box.Boxes;
import kg.trustbox.box.SealedBox;
import kg.trustbox.box.TrustBox;
import kg.trustbox.box.WithdrawalAct;
import kg.trustbox.chain.Chain;
import kg.trustbox.commission.Order;
import kg.trustbox.commission.PersonId;
import kg.trustbox.ledger.LedgerEntry.Kind;
import kg.trustbox.meeting.Protocol;
import kg.trustbox.outcome.StorageException;
import kg.trustbox.report.QuarterlyReport;
import kg.trustbox.school.SchoolId;
import kg.trustbox.store.Stores;
import kg.trustbox.testing.Harness;
import kg.trustbox.testing.RecordedTerm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * in memory: each check of {@code verifyRecords} fires on the tampering it is for, and names
 * the record. Records are tampered with by writing through the ports behind the office's back, or
 * by reading them through ports that return what an attacker left in storage.
 */
class AuditCatalogueTest {
    private Harness h;
    private RecordedTerm term;
    private SchoolId school;

    @BeforeEach
    void term() {
        h = Harness.inMemory();
        term = RecordedTerm.write(h);
        school = h.school.id();
    }

    private Appeal appeal(int i) {
        return h.stores.appeals().find(school, term.appeals.get(i)).orElseThrow();
    }

    private static Appeal with(Appeal a, Appellant appellant, Optional<Registration> registration, Withdrawal withdrawal, AppealId id) {
        return Appeal.restore(a.school(), id, withdrawal, appellant, a.status(), registration, a.assignee(), a.forwardings(),
                a.extension(), a.decision(), a.decidedAt(), a.answer(), a.closure(), a.tags(), a.revision() + 1);
    }

    /** The office over the same stores, reading them through {@code reading}. */
    private RecordsVerification verifiedThrough(UnaryOperator<Stores> reading) {
        return TrustBoxOffice.of(h.school, reading.apply(h.stores), h.clock).verifyRecords();
    }

    private static List<String> found(RecordsVerification v) {
        List<String> out = new ArrayList<>();
        v.discrepancies().forEach(d -> out.add(d.kind() + " " + d.key() + " " + d.reason()));
        return out;
    }

    @Test
    @DisplayName("R-6.2 an appeal made anonymous while its act line says signed: changed, and the two disagree")
    void kindMismatch() {
        Appeal a = appeal(0);
        h.stores.appeals().replace(with(a, Appellant.anonymous(), a.registration(), a.withdrawal(), a.id()));
        assertThat(found(h.office.verifyRecords())).containsExactlyInAnyOrder("APPEAL " + a.id() + " records.changed",
                "APPEAL " + a.id() + " records.kindMismatch");
    }

    @Test
    @DisplayName("R-6.2 a registration number moved: changed, and the register's numbers have a gap")
    void numbersGap() {
        Appeal a = appeal(2);
        Registration r = a.registration().orElseThrow();
        Registration moved = new Registration(new RegistrationNumber(r.number().year(), 9), r.at(), r.registrar(), r.category(),
                r.language(), r.summary(), r.scan());
        h.stores.appeals().replace(with(a, a.appellant(), Optional.of(moved), a.withdrawal(), a.id()));
        RecordsVerification v = h.office.verifyRecords();
        assertThat(found(v)).contains("APPEAL " + a.id() + " records.changed")
                .anyMatch(f -> f.endsWith("records.numbersGap")).anyMatch(f -> f.endsWith("records.counterMismatch"));
        assertThat(v.discrepancies()).filteredOn(d -> d.reason().equals("records.numbersGap")).singleElement()
                .satisfies(d -> assertThat(d.message(java.util.Locale.ROOT)).contains("registration/" + r.number().year(), "skip 3"));
    }

    @Test
    @DisplayName("R-6.2 an appeal slipped into the register on no act line: not in the ledger, and no line for it")
    void forgedAppeal() {
        Appeal a = appeal(2);
        Withdrawal line = new Withdrawal(a.withdrawal().act(), 7, a.withdrawal().at());
        AppealId id = AppealId.of(a.withdrawal().act(), 7);
        h.stores.appeals().add(Appeal.withdrawn(school, line, Appellant.anonymous()));
        assertThat(found(h.office.verifyRecords())).containsExactlyInAnyOrder("APPEAL " + id + " records.unrecorded",
                "APPEAL " + id + " records.appealWithoutLine");
    }

    @Test
    @DisplayName("R-6.2 a registration number taken behind the office's back: the counter no longer matches the ledger")
    void counterMoved() {
        int year = appeal(0).registration().orElseThrow().number().year();
        h.stores.appeals().nextRegistrationNumber(school, year);
        assertThat(found(h.office.verifyRecords())).containsExactly("COUNTER registration/" + year + " records.changed");
    }

    @Test
    @DisplayName("R-6.2 minutes, a report, a declaration and the box written behind the office's back are each found")
    void otherRecords() {
        Protocol p = h.stores.meetings().list(school).get(0);
        h.stores.meetings().save(p.sign(kg.trustbox.testing.Fixtures.PARENT, p.date()).orElseThrow());
        QuarterlyReport r = h.stores.reports().list(school).get(0);
        h.stores.reports().save(r.discussedAt(p.number()));
        Declaration auditor = new Declaration(PersonId.of("aud"), Role.AUDITOR, new Order("5-к", kg.trustbox.testing.Fixtures.FIRST_TUESDAY_NOON
                .atZone(h.school.zone()).toLocalDate()));
        h.stores.declarations().add(school, auditor);
        TrustBox box = h.stores.boxes().find(school).orElseThrow();
        assertThat(h.stores.boxes().replace(new SealedBox(school, kg.trustbox.box.Seal.of("FORGED-1"), Instant.EPOCH, box.installedAt(),
                box.revision() + 1))).isTrue();
        assertThat(found(h.office.verifyRecords())).containsExactlyInAnyOrder("PROTOCOL " + p.number() + " records.changed",
                "REPORT " + r.quarter().year() + "-Q" + r.quarter().quarter() + " records.changed",
                "DECLARATION aud/AUDITOR/" + auditor.order().date() + "/5-к/APPOINTMENT records.unrecorded", "BOX box records.changed");
    }

    @Test
    @DisplayName("R-6.2 a commission saved behind the office's back, a journal entry and an access record changed in storage, are found")
    void commissionJournalAccess() {
        kg.trustbox.commission.Commission c = h.stores.commissions().current(school).orElseThrow();
        h.stores.commissions().save(new kg.trustbox.commission.Commission(c.school(), c.order(), c.members(), Optional.empty(),
                c.officers()));
        RecordsVerification v = verifiedThrough(s -> new Stores(s.transactions(), s.commissions(), s.boxes(),
                new kg.trustbox.box.OpeningJournal() {
                    @Override
                    public boolean append(kg.trustbox.box.JournalEntry entry) {
                        return s.journal().append(entry);
                    }

                    @Override
                    public List<kg.trustbox.box.JournalEntry> entries(SchoolId id) {
                        List<kg.trustbox.box.JournalEntry> all = new ArrayList<>(s.journal().entries(id));
                        kg.trustbox.box.JournalEntry e = all.get(0);
                        all.set(0, new kg.trustbox.box.JournalEntry(e.school(), e.sequence(), e.openedAt(), e.sealedAt(), e.present(),
                                e.sealFound(), e.incidents(), e.appealCount(), e.act(), e.newSeal(), e.deviation(), e.previousHash(),
                                Chain.GENESIS));
                        return all;
                    }

                    @Override
                    public Optional<Chain.Head> head(SchoolId id) {
                        return s.journal().head(id);
                    }
                }, s.appeals(), new kg.trustbox.access.AccessLog() {
                    @Override
                    public boolean append(kg.trustbox.access.AccessRecord record) {
                        return s.accessLog().append(record);
                    }

                    @Override
                    public List<kg.trustbox.access.AccessRecord> records(SchoolId id) {
                        return s.accessLog().records(id).subList(0, 1);
                    }

                    @Override
                    public Optional<Chain.Head> head(SchoolId id) {
                        return s.accessLog().head(id);
                    }
                }, s.meetings(), s.reports(), s.declarations(), s.ledger(), s.receipts()));
        assertThat(found(v)).contains("COMMISSION " + c.order().date() + "/" + c.order().number() + " records.changed",
                "JOURNAL 1 records.changed", "JOURNAL 1 records.chainBroken", "ACCESS 2 records.missing")
                .anyMatch(f -> f.startsWith("ACCESS ") && f.endsWith("records.chainBroken"));
    }

    @Test
    @DisplayName("R-6.2 an appeal gone from storage: missing, its act line has no appeal, and its number leaves a gap")
    void appealGone() {
        AppealId gone = term.appeals.get(2);
        RecordsVerification v = verifiedThrough(s -> with(s, new Forwarding(s.appeals()) {
            @Override
            public List<Appeal> list(SchoolId id) {
                return super.list(id).stream().filter(a -> !a.id().equals(gone)).toList();
            }

            @Override
            public Optional<Appeal> find(SchoolId id, AppealId appeal) {
                return appeal.equals(gone) ? Optional.empty() : super.find(id, appeal);
            }
        }, s.boxes(), s.ledger()));
        assertThat(found(v)).containsExactlyInAnyOrder("APPEAL " + gone + " records.missing",
                "ACT " + gone.act().year() + "-" + gone.act().sequence() + " records.lineWithoutAppeal",
                "COUNTER registration/" + gone.act().year() + " records.numbersGap");
    }

    @Test
    @DisplayName("R-6.2 an act line gone from storage: the act changed, the journal's count disagrees, an appeal has no line")
    void actLineGone() {
        AppealId lineless = term.appeals.get(2);
        RecordsVerification v = verifiedThrough(s -> with(s, s.appeals(), new ForwardingBoxes(s.boxes()) {
            @Override
            public Optional<WithdrawalAct> act(SchoolId id, ActNumber number) {
                return super.act(id, number).map(a -> !a.number().equals(lineless.act()) ? a : new WithdrawalAct(a.school(), a.number(),
                        a.openedAt(), a.inspection(), a.incidents(), a.lines().subList(0, a.lines().size() - 1), a.present()));
            }
        }, s.ledger()));
        String act = lineless.act().year() + "-" + lineless.act().sequence();
        assertThat(found(v)).contains("ACT " + act + " records.changed", "APPEAL " + lineless + " records.appealWithoutLine")
                .anyMatch(f -> f.startsWith("JOURNAL ") && f.endsWith("records.countMismatch"));
    }

    @Test
    @DisplayName("R-6.2 a ledger entry changed in storage: the ledger is broken at that entry")
    void ledgerChanged() {
        RecordsVerification v = verifiedThrough(s -> with(s, s.appeals(), s.boxes(), new Ledger() {
            @Override
            public boolean append(LedgerEntry entry) {
                return s.ledger().append(entry);
            }

            @Override
            public List<LedgerEntry> entries(SchoolId id) {
                List<LedgerEntry> all = new ArrayList<>(s.ledger().entries(id));
                LedgerEntry e = all.get(2);
                all.set(2, new LedgerEntry(e.school(), e.sequence(), e.at(), e.kind(), e.key(), Chain.GENESIS, e.previousHash(), e.hash()));
                return all;
            }

            @Override
            public Optional<Chain.Head> head(SchoolId id) {
                return s.ledger().head(id);
            }
        }));
        assertThat(v.discrepancies()).extracting(d -> d.kind() + " " + d.reason() + " " + d.values())
                .contains("LEDGER records.ledgerBroken [3]");
    }

    @Test
    @DisplayName("R-6.2 records that cannot be read are reported where they are, and the rest is still compared")
    void unreadable() {
        AppealId bad = term.appeals.get(1);
        RecordsVerification v = verifiedThrough(s -> with(s, new Forwarding(s.appeals()) {
            @Override
            public List<Appeal> list(SchoolId id) {
                throw new StorageException("storage.failed", "read appeals", null);
            }

            @Override
            public Optional<Appeal> find(SchoolId id, AppealId appeal) {
                if (appeal.equals(bad)) {
                    throw new StorageException("storage.failed", "read appeal " + appeal, null);
                }
                return super.find(id, appeal);
            }
        }, s.boxes(), s.ledger()));
        assertThat(found(v)).contains("APPEAL " + bad + " records.unreadable").noneMatch(f -> f.contains(term.appeals.get(0).value()));
    }

    private static String line(AppealId id) {
        return id.act().year() + "-" + id.act().sequence() + "/" + id.line();
    }

    @Test
    @DisplayName("R-6.2 every signed line's identity is committed in the ledger, an anonymous line's is not")
    void identitiesCommitted() {
        List<LedgerEntry> identities = h.stores.ledger().entries(school).stream().filter(e -> e.kind() == Kind.IDENTITY).toList();
        assertThat(identities).extracting(LedgerEntry::key).containsExactlyInAnyOrder(line(term.appeals.get(0)), line(term.appeals.get(1)),
                line(term.appeals.get(3)));
        assertThat(identities).extracting(LedgerEntry::digest).allMatch(d -> d.matches("[0-9a-f]{64}")).doesNotHaveDuplicates();
        assertThat(identities.toString()).doesNotContain("Асанов", "Ким");
    }

    @Test
    @DisplayName("R-6.1 R-6.2 an identity replaced, forged onto an anonymous line, or deleted behind the office's back is found")
    void identityTampered() {
        AppealId replaced = term.appeals.get(0);
        AppealId forged = term.appeals.get(2);
        AppealId deleted = term.appeals.get(1);
        RecordsVerification v = verifiedThrough(s -> with(s, s.appeals(), new ForwardingBoxes(s.boxes()) {
            @Override
            public java.util.Map<Integer, String> identityCommitments(SchoolId id, ActNumber act) {
                java.util.Map<Integer, String> stored = new java.util.HashMap<>(super.identityCommitments(id, act));
                if (act.equals(replaced.act())) {
                    stored.put(replaced.line(), "0".repeat(64));
                    stored.put(forged.line(), "1".repeat(64));
                    stored.remove(deleted.line());
                }
                return stored;
            }
        }, s.ledger()));
        assertThat(found(v)).containsExactlyInAnyOrder("IDENTITY " + line(replaced) + " records.changed",
                "IDENTITY " + line(forged) + " records.unrecorded", "IDENTITY " + line(deleted) + " records.missing");
    }

    @Test
    @DisplayName("R-1.4 R-6.2 a purge through the office is recorded: the records verify, and an identity brought back is found")
    void purge() {
        AppealId purged = term.appeals.get(0);
        assertThat(h.office.purgePersonalData(purged)).isTrue();
        assertThat(h.office.purgePersonalData(purged)).as("purged before").isFalse();
        assertThat(h.office.purgePersonalData(term.appeals.get(2))).as("anonymous").isFalse();
        assertThat(appeal(0).appellant()).isEqualTo(Appellant.purged());
        assertThat(h.stores.boxes().act(school, purged.act()).orElseThrow().lines().get(purged.line() - 1).from())
                .isEqualTo(Appellant.purged());
        assertThat(appeal(1).appellant()).isNotEqualTo(Appellant.purged());
        assertThat(h.stores.ledger().entries(school)).last().satisfies(e -> assertThat(e.kind() + " " + e.key() + " " + e.digest())
                .isEqualTo("IDENTITY " + line(purged) + " purged"));
        assertThat(h.office.verifyRecords().discrepancies()).isEmpty();

        RecordsVerification restored = verifiedThrough(s -> with(s, s.appeals(), new ForwardingBoxes(s.boxes()) {
            @Override
            public java.util.Map<Integer, String> identityCommitments(SchoolId id, ActNumber act) {
                java.util.Map<Integer, String> stored = new java.util.HashMap<>(super.identityCommitments(id, act));
                if (act.equals(purged.act())) {
                    stored.put(purged.line(), "2".repeat(64));
                }
                return stored;
            }
        }, s.ledger()));
        assertThat(found(restored)).containsExactly("IDENTITY " + line(purged) + " records.changed");
    }

    @Test
    @DisplayName("R-1.4 a purge by date destroys the identities withdrawn before it, in one step, and only those")
    void purgeBefore() {
        Instant second = appeal(3).withdrawal().at();
        assertThat(h.office.purgePersonalData(second)).isEqualTo(2);
        assertThat(appeal(0).appellant()).isEqualTo(Appellant.purged());
        assertThat(appeal(1).appellant()).isEqualTo(Appellant.purged());
        assertThat(appeal(3).appellant()).isInstanceOf(Appellant.Signed.class).isNotEqualTo(Appellant.purged());
        assertThat(h.office.purgePersonalData(second)).isZero();
        assertThat(h.office.verifyRecords().discrepancies()).isEmpty();
    }

    @Test
    @DisplayName("R-6.2 the act counter moved behind the office's back, or the year's last act gone, is found")
    void actCounter() {
        ActNumber last = term.appeals.get(3).act();
        String counter = "COUNTER act/" + last.year();
        RecordsVerification moved = verifiedThrough(s -> with(s, s.appeals(), new ForwardingBoxes(s.boxes()) {
            @Override
            public Optional<Integer> lastActNumber(SchoolId id, int year) {
                return Optional.of(last.sequence() + 1);
            }
        }, s.ledger()));
        assertThat(found(moved)).containsExactly(counter + " records.changed");
        RecordsVerification gone = verifiedThrough(s -> with(s, s.appeals(), new ForwardingBoxes(s.boxes()) {
            @Override
            public Optional<WithdrawalAct> act(SchoolId id, ActNumber number) {
                return number.equals(last) ? Optional.empty() : super.act(id, number);
            }

            @Override
            public Optional<Integer> lastActNumber(SchoolId id, int year) {
                return Optional.of(last.sequence());
            }
        }, s.ledger()));
        assertThat(found(gone)).contains("ACT " + last.year() + "-" + last.sequence() + " records.missing", counter + " records.actCounterMismatch");
        assertThat(gone.discrepancies()).filteredOn(d -> d.reason().equals("records.actCounterMismatch")).singleElement()
                .satisfies(d -> assertThat(d.message(java.util.Locale.ROOT)).contains("act/" + last.year(),
                        "stands at " + last.sequence(), "number " + (last.sequence() - 1)));
    }

    @Test
    @DisplayName("R-4.5 R-6.2 a seal used twice, because its record was deleted behind the office's back, is found")
    void sealReused() {
        LedgerEntry seal = h.stores.ledger().entries(school).stream().filter(e -> e.kind() == Kind.SEAL).findFirst().orElseThrow();
        Chain.Head head = h.stores.ledger().head(school).orElseThrow();
        assertThat(h.stores.ledger().append(LedgerEntry.next(school, head, h.clock.instant(), Kind.SEAL, seal.key(), seal.digest()))).isTrue();
        RecordsVerification v = h.office.verifyRecords();
        assertThat(found(v)).containsExactly("SEAL " + seal.key() + " records.sealReused");
        assertThat(v.discrepancies().get(0).message(java.util.Locale.forLanguageTag("ru"))).contains(seal.key(), "повторно");
    }

    private static Stores with(Stores s, Appeals appeals, Boxes boxes, Ledger ledger) {
        return new Stores(s.transactions(), s.commissions(), boxes, s.journal(), appeals, s.accessLog(), s.meetings(), s.reports(),
                s.declarations(), ledger, s.receipts());
    }

    /** Appeals that read from {@code real} unless overridden. */
    private static class Forwarding implements Appeals {
        private final Appeals real;

        Forwarding(Appeals real) {
            this.real = real;
        }

        @Override
        public void add(Appeal appeal) {
            real.add(appeal);
        }

        @Override
        public boolean replace(Appeal next) {
            return real.replace(next);
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
            return real.nextRegistrationNumber(school, year);
        }

        @Override
        public Optional<Integer> lastRegistrationNumber(SchoolId school, int year) {
            return real.lastRegistrationNumber(school, year);
        }
    }

    /** Boxes that read from {@code real} unless overridden. */
    private static class ForwardingBoxes implements Boxes {
        private final Boxes real;

        ForwardingBoxes(Boxes real) {
            this.real = real;
        }

        @Override
        public Optional<TrustBox> find(SchoolId school) {
            return real.find(school);
        }

        @Override
        public boolean replace(TrustBox next) {
            return real.replace(next);
        }

        @Override
        public boolean useSeal(SchoolId school, kg.trustbox.box.Seal seal) {
            return real.useSeal(school, seal);
        }

        @Override
        public ActNumber nextActNumber(SchoolId school, int year) {
            return real.nextActNumber(school, year);
        }

        @Override
        public void saveAct(WithdrawalAct act) {
            real.saveAct(act);
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
            return real.purgeIdentity(school, act, line);
        }
    }
}
