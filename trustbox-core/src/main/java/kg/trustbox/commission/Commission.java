package kg.trustbox.commission;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kg.trustbox.outcome.Outcome;
import kg.trustbox.rule.Rule;
import kg.trustbox.school.SchoolId;

/**
 * The commission for opening the box, as one director's order composed it, with its
 * responsible person and its elected chair and secretary. Immutable: every change
 * returns a new value.
 *
 * <p>A commission is <em>constituted</em> once chair and secretary are elected; only a constituted
 * commission opens the box.
 *
 * @param school the school
 * @param order the director's order that set this composition
 * @param members the members, in the order's order
 * @param responsiblePerson the responsible person, once appointed
 * @param officers chair and secretary, once elected
 */
public record Commission(
        SchoolId school,
        Order order,
        List<Member> members,
        Optional<ResponsiblePerson> responsiblePerson,
        Optional<Officers> officers) {

    /** The smallest commission the library accepts. */
    public static final int MINIMUM_MEMBERS = 3;

    public Commission {
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(order, "order");
        members = List.copyOf(members);
        Objects.requireNonNull(responsiblePerson, "responsiblePerson");
        Objects.requireNonNull(officers, "officers");
    }

    /**
     * Appoints a commission by the director's order: an odd number of members, at least
     * three, at least one representing the parent community, no person twice.
     */
    public static Outcome<Commission> appoint(SchoolId school, Order order, List<Member> members) {
        return checkComposition(members).map(ok -> new Commission(school, order, members, Optional.empty(), Optional.empty()));
    }

    /** Checks a composition against. */
    public static Outcome<List<Member>> checkComposition(List<Member> members) {
        Set<PersonId> ids = new HashSet<>();
        for (Member m : members) {
            if (!ids.add(m.id())) {
                return Outcome.rejected(Rule.R_5_1, "commission.duplicateMember", m.id());
            }
        }
        if (members.size() < MINIMUM_MEMBERS) {
            return Outcome.rejected(Rule.R_5_1, "commission.tooSmall", members.size(), MINIMUM_MEMBERS);
        }
        if (members.size() % 2 == 0) {
            return Outcome.rejected(Rule.R_5_1, "commission.even", members.size());
        }
        if (members.stream().noneMatch(Member::parentRepresentative)) {
            return Outcome.rejected(Rule.R_5_1, "commission.noParent");
        }
        return Outcome.accepted(List.copyOf(members));
    }

    /**
     * A new composition by a later order. The responsible person and the officers stay if
     * they are still members; otherwise they must be appointed or elected again.
     */
    public Outcome<Commission> recompose(Order newOrder, List<Member> newMembers) {
        if (newOrder.date().isBefore(order.date())) {
            return Outcome.rejected(Rule.R_5_1, "commission.orderBackdated", newOrder.number(), newOrder.date(), order.date());
        }
        return checkComposition(newMembers).map(ok -> {
            Set<PersonId> ids = newMembers.stream().map(Member::id).collect(Collectors.toSet());
            Optional<ResponsiblePerson> rp = responsiblePerson.filter(r -> ids.contains(r.person()));
            Optional<Officers> of = officers.filter(o -> ids.contains(o.chair()) && ids.contains(o.secretary()));
            return new Commission(school, newOrder, newMembers, rp, of);
        });
    }

    /** Appoints the responsible person by order, from among the members. */
    public Outcome<Commission> appointResponsible(PersonId person, Order byOrder) {
        if (!isMember(person)) {
            return Outcome.rejected(Rule.R_5_2, "commission.responsibleNotMember", person);
        }
        return Outcome.accepted(new Commission(school, order, members, Optional.of(new ResponsiblePerson(person, byOrder)), officers));
    }

    /**
     * Elects chair and secretary by open vote: those present (the voters) form a quorum,
     * every voter and candidate is a member, each votes once per post, each post goes to a
     * candidate with a majority of those present, and chair and secretary are different members.
     */
    public Outcome<Commission> elect(Election election, Quorum quorum) {
        if (officers.isPresent()) {
            return Outcome.rejected(Rule.R_5_4, "election.alreadyElected", officers.get().electedOn());
        }
        Set<PersonId> present = election.chairVotes().stream().map(Vote::voter).collect(Collectors.toSet());
        Set<PersonId> secretaryVoters = election.secretaryVotes().stream().map(Vote::voter).collect(Collectors.toSet());
        for (Vote v : concat(election.chairVotes(), election.secretaryVotes())) {
            if (!isMember(v.voter())) {
                return Outcome.rejected(Rule.R_5_4, "election.voterNotMember", v.voter());
            }
            if (!isMember(v.candidate())) {
                return Outcome.rejected(Rule.R_5_4, "election.candidateNotMember", v.candidate());
            }
        }
        if (present.size() != election.chairVotes().size() || secretaryVoters.size() != election.secretaryVotes().size()
                || !present.equals(secretaryVoters)) {
            return Outcome.rejected(Rule.R_5_4, "election.oneVoteEach");
        }
        if (!quorum.isMet(present.size(), members.size())) {
            return Outcome.rejected(Rule.R_5_4, "election.noQuorum", present.size(), members.size());
        }
        Optional<PersonId> chair = winner(election.chairVotes(), present.size());
        if (chair.isEmpty()) {
            return Outcome.rejected(Rule.R_5_4, "election.noMajority", "chair");
        }
        Optional<PersonId> secretary = winner(election.secretaryVotes(), present.size());
        if (secretary.isEmpty()) {
            return Outcome.rejected(Rule.R_5_4, "election.noMajority", "secretary");
        }
        if (chair.get().equals(secretary.get())) {
            return Outcome.rejected(Rule.R_5_4, "election.sameOfficer", chair.get());
        }
        Officers elected = new Officers(chair.get(), secretary.get(), election.date(), election.chairVotes(), election.secretaryVotes());
        return Outcome.accepted(new Commission(school, order, members, responsiblePerson, Optional.of(elected)));
    }

    private static Optional<PersonId> winner(List<Vote> votes, int present) {
        Map<PersonId, Long> tally = votes.stream().collect(Collectors.groupingBy(Vote::candidate, Collectors.counting()));
        return tally.entrySet().stream().filter(e -> e.getValue() * 2 > present).map(Map.Entry::getKey).findFirst();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** A sitting of the commission, with the rule its presence answers to. */
    public enum Sitting {
        /** An opening of the box. */
        OPENING(Rule.R_4_3, "opening"),
        /** A meeting with minutes. */
        MEETING(Rule.R_5_3, "meeting");

        private final Rule rule;
        private final String key;

        Sitting(Rule rule, String key) {
            this.rule = rule;
            this.key = key;
        }
    }

    /**
     * Checks those {@code present} at a {@code sitting}: each a member, nobody twice, and a
     * {@code quorum} of the members. Rejected under the sitting's rule otherwise.
     */
    public Outcome<Set<PersonId>> presence(List<PersonId> present, Quorum quorum, Sitting sitting) {
        Set<PersonId> seen = new HashSet<>();
        for (PersonId p : present) {
            if (!isMember(p)) {
                return Outcome.rejected(sitting.rule, sitting.key + ".notMember", p);
            }
            if (!seen.add(p)) {
                return Outcome.rejected(sitting.rule, sitting.key + ".presentTwice", p);
            }
        }
        if (!quorum.isMet(seen.size(), members.size())) {
            return Outcome.rejected(sitting.rule, sitting.key + ".noQuorum", seen.size(), members.size());
        }
        return Outcome.accepted(Set.copyOf(seen));
    }

    /** Whether chair and secretary are elected, so the commission may act. */
    public boolean isConstituted() {
        return officers.isPresent();
    }

    /** Whether {@code person} is a member. */
    public boolean isMember(PersonId person) {
        return members.stream().anyMatch(m -> m.id().equals(person));
    }

    /** Members by id. */
    public Map<PersonId, Member> membersById() {
        return members.stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    /** Whether this composition took effect on or before {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !order.date().isAfter(date);
    }
}
