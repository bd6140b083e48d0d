package org.safeguard.familysafeguarding.team;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.safeguard.caserecords.api.CaseDirectory;
import org.safeguard.caserecords.api.FamilySummary;
import org.safeguard.familysafeguarding.data.FamilySafeguardingData;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;
import org.safeguard.familysafeguarding.rules.WaitingFamilies;

/**
 * A team's families as the Family Safeguarding pages see them: the families it holds open cases
 * for, their open factors, their assignments and which of them are waiting. Read once per page.
 */
final class TeamFamilies {

    private final Map<Long, FamilySummary> families = new LinkedHashMap<>();
    private final Map<Long, List<ToxicTrioFactor>> factors = new LinkedHashMap<>();
    private final Map<Long, List<PractitionerAssignment>> assignments = new LinkedHashMap<>();
    private final List<WaitingFamilies.Waiting> waiting;

    /**
     * @param visible which of the team's families this user may see (an adult practitioner whose
     *                authority limits them to their own families sees only those)
     */
    TeamFamilies(long teamId, CaseDirectory cases, FamilySafeguardingData data, Predicate<Long> visible, LocalDate today) {
        for (FamilySummary family : cases.openFamiliesOfTeam(teamId)) {
            if (visible.test(family.id())) {
                families.put(family.id(), family);
            }
        }
        List<ToxicTrioFactor> allFactors = data.factors().openOfFamilies(families.keySet());
        List<PractitionerAssignment> allAssignments = data.assignments().ofFamilies(families.keySet());
        allFactors.forEach(f -> factors.computeIfAbsent(f.familyId(), id -> new ArrayList<>()).add(f));
        allAssignments.forEach(a -> assignments.computeIfAbsent(a.familyId(), id -> new ArrayList<>()).add(a));
        waiting = WaitingFamilies.of(allFactors, allAssignments, today);
    }

    Map<Long, FamilySummary> families() {
        return families;
    }

    List<ToxicTrioFactor> factors(long familyId) {
        return factors.getOrDefault(familyId, List.of());
    }

    List<PractitionerAssignment> openAssignments(long familyId) {
        return assignments.getOrDefault(familyId, List.of()).stream().filter(PractitionerAssignment::open).toList();
    }

    List<WaitingFamilies.Waiting> waiting() {
        return waiting;
    }

    int withFactors() {
        return factors.size();
    }

    int waitingFamilies() {
        Set<Long> ids = new HashSet<>();
        waiting.forEach(w -> ids.add(w.familyId()));
        return ids.size();
    }

    Map<Discipline, Integer> waitingByDiscipline() {
        Map<Discipline, Integer> counts = new EnumMap<>(Discipline.class);
        waiting.forEach(w -> counts.merge(w.discipline(), 1, Integer::sum));
        return counts;
    }

    Map<Discipline, Integer> openAssignmentsByDiscipline() {
        Map<Discipline, Integer> counts = new EnumMap<>(Discipline.class);
        assignments.values().stream().flatMap(List::stream).filter(PractitionerAssignment::open)
                .forEach(a -> counts.merge(a.discipline(), 1, Integer::sum));
        return counts;
    }
}
