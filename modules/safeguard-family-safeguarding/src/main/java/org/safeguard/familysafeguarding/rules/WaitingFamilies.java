package org.safeguard.familysafeguarding.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.FactorKind;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;

/**
 * Which families are waiting for an adult practitioner, and since when. Pure, "today" a parameter.
 *
 * <p>A family waits for a discipline when one of its adults has an open factor of that discipline
 * and nobody of that discipline is working with the family now (the lead's rule: whole-family
 * working, one practitioner of a discipline per family is enough to stop the wait). It has waited
 * since the factor was identified (the earliest open one), or since the family's last practitioner
 * of that discipline stopped, whichever is later: a family whose practitioner left in March has
 * waited since March, not since the assessment two years ago.
 */
public final class WaitingFamilies {

    /**
     * One family waiting for one discipline.
     *
     * @param kinds  the open factors behind the wait, e.g. domestic abuse as victim and as perpetrator
     * @param adults the adults with those factors, by name
     * @param days   calendar days waited, 0 on the day it began
     */
    public record Waiting(long familyId, Discipline discipline, LocalDate since, long days, Set<FactorKind> kinds,
                          Set<String> adults) {

        public String kindsText() {
            return String.join(", ", kinds.stream().map(FactorKind::label).toList());
        }

        public String adultsText() {
            return String.join(", ", adults);
        }

        public String daysText() {
            return days == 1 ? "1 day" : days + " days";
        }
    }

    private WaitingFamilies() {
    }

    /**
     * @param factors     the families' factors (ended ones are ignored)
     * @param assignments the same families' assignments, open and ended
     * @return longest waiting first
     */
    public static List<Waiting> of(Collection<ToxicTrioFactor> factors, Collection<PractitionerAssignment> assignments,
                                   LocalDate today) {
        Map<Key, List<ToxicTrioFactor>> open = new LinkedHashMap<>();
        for (ToxicTrioFactor factor : factors) {
            if (factor.open() && !factor.identifiedOn().isAfter(today)) {
                open.computeIfAbsent(new Key(factor.familyId(), factor.kind().discipline()), k -> new ArrayList<>())
                        .add(factor);
            }
        }
        List<Waiting> waiting = new ArrayList<>();
        for (Map.Entry<Key, List<ToxicTrioFactor>> entry : open.entrySet()) {
            Key key = entry.getKey();
            boolean covered = false;
            LocalDate lastEnded = null;
            for (PractitionerAssignment work : assignments) {
                if (work.familyId() != key.familyId || work.discipline() != key.discipline
                        || work.startedOn().isAfter(today)) {
                    continue;
                }
                if (work.open() || work.endedOn().isAfter(today)) {
                    covered = true;
                    break;
                }
                if (lastEnded == null || work.endedOn().isAfter(lastEnded)) {
                    lastEnded = work.endedOn();
                }
            }
            if (covered) {
                continue;
            }
            LocalDate identified = entry.getValue().stream().map(ToxicTrioFactor::identifiedOn)
                    .min(Comparator.naturalOrder()).orElseThrow();
            LocalDate since = lastEnded != null && lastEnded.isAfter(identified) ? lastEnded : identified;
            Set<FactorKind> kinds = EnumSet.noneOf(FactorKind.class);
            SortedSet<String> adults = new TreeSet<>();
            for (ToxicTrioFactor factor : entry.getValue()) {
                kinds.add(factor.kind());
                adults.add(factor.adultName());
            }
            // unmodifiable views keep the order: factors as declared, adults by name
            waiting.add(new Waiting(key.familyId, key.discipline, since, ChronoUnit.DAYS.between(since, today),
                    Collections.unmodifiableSet(kinds), Collections.unmodifiableSortedSet(adults)));
        }
        waiting.sort(Comparator.comparing(Waiting::since).thenComparingLong(Waiting::familyId)
                .thenComparing(Waiting::discipline));
        return waiting;
    }

    private record Key(long familyId, Discipline discipline) {
        Key {
            Objects.requireNonNull(discipline);
        }
    }
}
