package org.safeguard.familysafeguarding;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.safeguard.familysafeguarding.model.AssignmentEndReason;
import org.safeguard.familysafeguarding.model.Discipline;
import org.safeguard.familysafeguarding.model.DomesticAbuseWork;
import org.safeguard.familysafeguarding.model.FactorKind;
import org.safeguard.familysafeguarding.model.FactorSource;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.ToxicTrioFactor;

/** Records as tests need them, with everything but what the test is about filled in. */
public final class Records {

    public static final LocalDateTime AT = LocalDateTime.of(2026, 3, 16, 10, 0);

    private Records() {
    }

    public static ToxicTrioFactor factor(long familyId, long adultId, String adultName, FactorKind kind,
                                         LocalDate identifiedOn) {
        return new ToxicTrioFactor(World.CCC, familyId, adultId, adultName, kind, FactorSource.ASSESSMENT, identifiedOn,
                "Jess Parson, social worker", World.SOCIAL_WORKER, "Jess Parson", AT);
    }

    public static ToxicTrioFactor ended(ToxicTrioFactor factor, LocalDate on) {
        factor.end(on, "Six months of negative tests", "Neil Coates", AT);
        return factor;
    }

    public static PractitionerAssignment assignment(long familyId, long adultId, String adultName, long practitionerId,
                                                    String practitionerName, Discipline discipline, LocalDate startedOn) {
        return new PractitionerAssignment(World.CCC, familyId, World.TEAM_1, "Fenland Family Safeguarding team 1", adultId,
                adultName, practitionerId, practitionerName, discipline,
                discipline == Discipline.DOMESTIC_ABUSE ? DomesticAbuseWork.VICTIM : null, startedOn, World.MANAGER,
                "Karen Holbeach", AT);
    }

    public static PractitionerAssignment ended(PractitionerAssignment assignment, LocalDate on) {
        assignment.end(on, AssignmentEndReason.WORK_COMPLETED, "Karen Holbeach", AT);
        return assignment;
    }
}
