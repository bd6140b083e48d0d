package org.safeguard.familysafeguarding.rules;

import java.util.Set;

import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.model.PractitionerScope;
import org.safeguard.platform.api.security.Role;

/**
 * Which families an adult practitioner may see, on top of case records' district rule. Children's
 * workers (and anyone holding a children's worker role besides an adult practitioner role) see
 * every family case records lets them see: they work with the whole team's families. An adult
 * practitioner sees the families they work with now and, when the authority allows (the default),
 * every family their team holds.
 */
public final class PractitionerView {

    private PractitionerView() {
    }

    /** Holds an adult practitioner role and no children's worker role. */
    public static boolean practitionerOnly(Set<Role> roles) {
        boolean practitioner = roles.stream().anyMatch(FamilySafeguardingModule.ADULT_PRACTITIONERS::contains);
        boolean childrensWorker = roles.stream().anyMatch(FamilySafeguardingModule.CHILDRENS_WORKERS::contains);
        return practitioner && !childrensWorker;
    }

    /**
     * @param assigned  the user works with an adult of this family now
     * @param teamHolds one of the user's teams holds an open case of this family
     */
    public static boolean maySee(Set<Role> roles, PractitionerScope scope, boolean assigned, boolean teamHolds) {
        if (!practitionerOnly(roles) || assigned) {
            return true;
        }
        return scope == PractitionerScope.TEAM && teamHolds;
    }
}
