package org.safeguard.fostering;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.safeguard.fostering.data.HouseholdRepository;
import org.safeguard.fostering.model.ApprovalTerm;
import org.safeguard.fostering.model.ApprovalTerms;
import org.safeguard.fostering.model.ApprovalType;
import org.safeguard.fostering.model.Household;
import org.safeguard.platform.api.organisation.TeamType;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.time.CouncilClock;
import org.safeguard.platform.testing.FakeOrganisation;
import org.safeguard.platform.testing.RecordingAuditLog;
import org.safeguard.platform.testing.TestDatabase;

/**
 * Two authorities for fostering's tests. Cambridgeshire (1): districts Fenland (11) and
 * Huntingdonshire (12); a county-wide fostering team (100) with Helen (manager, 1) and Gareth
 * (social worker, 2); Fenland's children's team (101) with Jess (3); Huntingdonshire's (102) with
 * Josh (4); a county-wide children in care team (103) with Keisha (5); administrator Alison (7).
 * Peterborough (2): district 21, children's team (200) with Emily (6). Today is 1 December 2026,
 * 10:00 council time.
 */
public final class TestWorld implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    public static final long CCC = 1;
    public static final long PCC = 2;
    public static final long FENLAND = 11;
    public static final long HUNTS = 12;
    public static final long PBORO = 21;
    public static final long FOSTERING_TEAM = 100;
    public static final long FENLAND_TEAM = 101;

    public static final String[] ALL = {FosteringModule.READ, FosteringModule.RECORD, FosteringModule.APPROVE,
            FosteringModule.MATCH, FosteringModule.CONTACT};

    public final FakeOrganisation organisation = new FakeOrganisation()
            .authority(CCC, "Cambridgeshire County Council", "CCC")
            .authority(PCC, "Peterborough City Council", "PCC")
            .district(FENLAND, CCC, "Fenland").district(HUNTS, CCC, "Huntingdonshire").district(PBORO, PCC, "Peterborough")
            .team(FOSTERING_TEAM, CCC, null, "Fostering", TeamType.FOSTERING)
            .team(FENLAND_TEAM, CCC, FENLAND, "Fenland children's team", TeamType.CHILDRENS)
            .team(102, CCC, HUNTS, "Huntingdonshire children's team", TeamType.CHILDRENS)
            .team(103, CCC, null, "Children in care", TeamType.CHILDREN_IN_CARE)
            .team(104, CCC, null, "Administration", TeamType.ADMINISTRATION)
            .team(200, PCC, PBORO, "Peterborough children's team", TeamType.CHILDRENS)
            .member(1, CCC, "Helen Birchall", "1.0", FOSTERING_TEAM, Role.TEAM_MANAGER)
            .member(2, CCC, "Gareth Lloyd-Evans", "1.0", FOSTERING_TEAM, Role.SOCIAL_WORKER)
            .member(3, CCC, "Jess Parson", "1.0", FENLAND_TEAM, Role.SOCIAL_WORKER)
            .member(4, CCC, "Josh Kimbolton", "1.0", 102, Role.SOCIAL_WORKER)
            .member(5, CCC, "Keisha Munroe", "1.0", 103, Role.SOCIAL_WORKER)
            .member(6, PCC, "Emily Bretton", "1.0", 200, Role.SOCIAL_WORKER)
            .member(7, CCC, "Alison Marsh", "1.0", 104, Role.AUTHORITY_ADMINISTRATOR);
    public final FakeCaseDirectory cases = new FakeCaseDirectory(organisation);
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final TestDatabase database;
    public final FosteringContext context;

    public TestWorld(String name) {
        database = TestDatabase.create(name, "db/fostering/changelog.xml");
        context = new FosteringContext(database.factory(), cases, audit, organisation, organisation.enablement(),
                CouncilClock.fixed(TODAY.atTime(10, 0)));
    }

    public CurrentUser helen() {
        return organisation.user(1, ALL);
    }

    public CurrentUser gareth() {
        return organisation.user(2, FosteringModule.READ, FosteringModule.RECORD, FosteringModule.MATCH,
                FosteringModule.CONTACT);
    }

    public CurrentUser jess() {
        return organisation.user(3, FosteringModule.READ, FosteringModule.RECORD, FosteringModule.MATCH,
                FosteringModule.CONTACT);
    }

    public CurrentUser keisha() {
        return organisation.user(5, FosteringModule.READ, FosteringModule.MATCH, FosteringModule.CONTACT);
    }

    public CurrentUser emily() {
        return organisation.user(6, ALL);
    }

    /** A mainstream household of Cambridgeshire supervised by Gareth, approved on that date. */
    public Household household(String name, LocalDate approvedOn, int ageFrom, int ageTo, int places,
                               ApprovalTerm... terms) {
        return household(CCC, name, new ApprovalTerms(approvedOn, ApprovalType.MAINSTREAM, ageFrom, ageTo, places,
                terms.length == 0 ? EnumSet.noneOf(ApprovalTerm.class) : EnumSet.of(terms[0], terms), null, null, null));
    }

    public Household household(long authorityId, String name, ApprovalTerms terms) {
        return context.households().create(new Household(authorityId, name, "1 Station Road", "March", "PE15 8AA",
                        authorityId == CCC ? FENLAND : PBORO, null, 2, LocalDateTime.of(2026, 1, 1, 9, 0), 1L),
                List.of(new HouseholdRepository.CarerDetails(name, null)), terms,
                new HouseholdRepository.RecordedBy(1L, "Helen Birchall", LocalDateTime.of(2026, 1, 1, 9, 0)));
    }

    public static Set<ApprovalTerm> none() {
        return EnumSet.noneOf(ApprovalTerm.class);
    }

    @Override
    public void close() throws Exception {
        database.close();
    }
}
