package org.safeguard.caserecords.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.safeguard.caserecords.model.Person;

/**
 * When is an existing record probably the person about to be added? Two records of one child
 * split a history in two, and the second worker never sees the first one's concerns, so the form
 * warns before saving. The rule, strongest first:
 * <ul>
 *   <li>the same NHS number;</li>
 *   <li>the same family name and the same date of birth (given names are spelt and shortened
 *       differently: "Kayleigh" and "Kayley", "Tom" and "Thomas");</li>
 *   <li>the same given and family name, whatever either date of birth (a date of birth is often
 *       unknown or wrong at first contact).</li>
 * </ul>
 * Names compare by their search keys ({@link Person#key}), so case and outer spaces do not matter.
 * {@code PeopleRepository.likelyDuplicates} asks the database for exactly these three conditions
 * within one authority; this class decides and explains.
 */
public final class LikelyDuplicates {

    public enum Reason {
        SAME_NHS_NUMBER("Same NHS number"),
        SAME_FAMILY_NAME_AND_DATE_OF_BIRTH("Same family name and date of birth"),
        SAME_NAME("Same name");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Someone about to be recorded, or someone already recorded (then with an id). */
    public record Candidate(Long id, String givenName, String familyName, LocalDate dateOfBirth, String nhsNumber) {

        public static Candidate of(Person person) {
            return new Candidate(person.id(), person.givenName(), person.familyName(), person.dateOfBirth(),
                    person.nhsNumber());
        }

        String givenKey() {
            return Person.key(givenName);
        }

        String familyKey() {
            return Person.key(familyName);
        }

        String nhs() {
            return nhsNumber == null || nhsNumber.isBlank() ? null : nhsNumber.strip();
        }
    }

    public record Match(Candidate existing, Set<Reason> reasons) {

        public Reason strongest() {
            return reasons.iterator().next();
        }

        public List<String> labels() {
            return reasons.stream().map(Reason::label).toList();
        }
    }

    private LikelyDuplicates() {
    }

    /** Why {@code existing} is probably {@code proposed}; empty when it is probably someone else. */
    public static Set<Reason> reasons(Candidate proposed, Candidate existing) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (proposed.nhs() != null && proposed.nhs().equals(existing.nhs())) {
            reasons.add(Reason.SAME_NHS_NUMBER);
        }
        boolean sameFamilyName = !proposed.familyKey().isEmpty() && proposed.familyKey().equals(existing.familyKey());
        if (sameFamilyName && proposed.dateOfBirth() != null
                && Objects.equals(proposed.dateOfBirth(), existing.dateOfBirth())) {
            reasons.add(Reason.SAME_FAMILY_NAME_AND_DATE_OF_BIRTH);
        }
        if (sameFamilyName && !proposed.givenKey().isEmpty() && proposed.givenKey().equals(existing.givenKey())) {
            reasons.add(Reason.SAME_NAME);
        }
        return reasons;
    }

    /** The likely matches among {@code existing}, strongest first, then by name and id. */
    public static List<Match> among(Candidate proposed, List<Candidate> existing) {
        List<Match> matches = new ArrayList<>();
        for (Candidate candidate : existing) {
            if (candidate.id() != null && candidate.id().equals(proposed.id())) {
                continue;
            }
            Set<Reason> reasons = reasons(proposed, candidate);
            if (!reasons.isEmpty()) {
                matches.add(new Match(candidate, reasons));
            }
        }
        matches.sort(Comparator.comparing(Match::strongest)
                .thenComparing((Match m) -> m.existing().familyKey())
                .thenComparing(m -> m.existing().givenKey())
                .thenComparing(m -> m.existing().id() == null ? Long.MAX_VALUE : m.existing().id()));
        return matches;
    }
}
