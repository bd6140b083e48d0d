package org.safeguard.caserecords.people;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseAccessService;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.platform.api.modules.ModuleEnablement;
import org.safeguard.platform.api.organisation.District;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * {@link CaseAccess} turned into the districts a query may look in: the user's own districts, or
 * every district of their authority for a county-wide team, in both cases only where case records
 * is enabled. This is {@link CaseAccess#canSeeFamily} as a set, so a search can filter in the
 * database instead of loading 100,000 people to test one by one. The same set is where the user
 * may put a family (a family in a district they cannot see would vanish from them on saving).
 */
public final class PeopleAccess {

    private final CaseAccess rule;
    private final List<District> districts;

    private PeopleAccess(CaseAccess rule, List<District> districts) {
        this.rule = rule;
        this.districts = districts;
    }

    public static PeopleAccess of(CaseAccessService service, CurrentUser user) {
        CaseAccess rule = service.forUser(user);
        if (user.authorityId() == null) {
            return new PeopleAccess(rule, List.of());
        }
        long authorityId = user.authorityId();
        ModuleEnablement enablement = service.enablement();
        Set<Long> own = rule.districts();
        List<District> usable = service.directory().districts(authorityId).stream()
                .filter(d -> d.authorityId() == authorityId)
                .filter(d -> rule.countyWide() || own.contains(d.id()))
                .filter(d -> enablement.isEnabled(CaseRecordsModule.MODULE_ID, authorityId, d.id()))
                .sorted(Comparator.comparing(District::name))
                .toList();
        return new PeopleAccess(rule, usable);
    }

    public CaseAccess rule() {
        return rule;
    }

    /** Districts whose families the user sees through the district rule (not the allocated-worker exception). */
    public Set<Long> districtIds() {
        Set<Long> ids = new LinkedHashSet<>();
        districts.forEach(d -> ids.add(d.id()));
        return ids;
    }

    /** The same districts with names, by name: the choices for a family's district. */
    public List<District> districts() {
        return districts;
    }

    /** The user's authority; -1 (no authority has it) for a user without one, who then sees nobody. */
    public long authorityId() {
        Long authorityId = rule.user().authorityId();
        return authorityId == null ? -1 : authorityId;
    }
}
