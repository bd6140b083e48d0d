package org.safeguard.familysafeguarding.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.platform.api.security.Role;

class PractitionerViewTest {

    private static final Set<Role> PRACTITIONER = Set.of(Role.ADULT_PRACTITIONER_DOMESTIC_ABUSE);

    @Test
    void byDefaultAPractitionerSeesEveryFamilyTheirTeamHolds() {
        assertTrue(PractitionerView.maySee(PRACTITIONER, PractitionerScope.TEAM, false, true));
        assertFalse(PractitionerView.maySee(PRACTITIONER, PractitionerScope.TEAM, false, false),
                "not another team's family in the same district");
    }

    @Test
    void whenTheAuthorityLimitsThemOnlyTheFamiliesTheyWorkWith() {
        assertFalse(PractitionerView.maySee(PRACTITIONER, PractitionerScope.ASSIGNED, false, true));
        assertTrue(PractitionerView.maySee(PRACTITIONER, PractitionerScope.ASSIGNED, true, true));
        assertTrue(PractitionerView.maySee(PRACTITIONER, PractitionerScope.ASSIGNED, true, false),
                "a family they work with that another team holds now");
    }

    @Test
    void childrensWorkersAreNotLimited() {
        for (Role role : Set.of(Role.SOCIAL_WORKER, Role.TEAM_MANAGER, Role.CHILDRENS_PRACTITIONER, Role.CLINICIAN)) {
            assertTrue(PractitionerView.maySee(Set.of(role), PractitionerScope.ASSIGNED, false, false), role.name());
        }
        assertFalse(PractitionerView.practitionerOnly(Set.of(Role.ADULT_PRACTITIONER_MENTAL_HEALTH,
                Role.SENIOR_SOCIAL_WORKER)), "a practitioner who is also a senior social worker works as one");
        assertTrue(PractitionerView.practitionerOnly(Set.of(Role.ADULT_PRACTITIONER_MENTAL_HEALTH,
                Role.BUSINESS_SUPPORT)));
    }
}
