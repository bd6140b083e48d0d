package org.safeguard.caserecords.frontdoor;

import java.util.Set;
import java.util.stream.Collectors;

import org.safeguard.caserecords.CaseAccess;
import org.safeguard.caserecords.CaseRecordsModule;
import org.safeguard.platform.api.modules.ModuleEnablement;

/**
 * Which contacts a user's front door and MASH queues hold: the same rule as one contact's page,
 * turned into a query's WHERE. A county-wide team (the Integrated Front Door serves the whole
 * authority) sees every district where case records is enabled; a district team sees its
 * districts; a user in no team sees nothing.
 *
 * @param wholeAuthority no district filter
 * @param districts      the districts when not the whole authority; empty means nothing to show
 */
public record QueueScope(Long authorityId, boolean wholeAuthority, Set<Long> districts) {

    public QueueScope {
        districts = Set.copyOf(districts);
    }

    public static QueueScope of(CaseAccess access, ModuleEnablement enablement) {
        Long authorityId = access.user().authorityId();
        if (authorityId == null) {
            return new QueueScope(null, false, Set.of());
        }
        if (access.countyWide()) {
            ModuleEnablement.Enablement enabled = enablement.enablement(CaseRecordsModule.MODULE_ID, authorityId);
            return enabled.authorityWide()
                    ? new QueueScope(authorityId, true, Set.of())
                    : new QueueScope(authorityId, false, enabled.districtIds());
        }
        return new QueueScope(authorityId, false, access.districts().stream()
                .filter(d -> enablement.isEnabled(CaseRecordsModule.MODULE_ID, authorityId, d))
                .collect(Collectors.toSet()));
    }

    public boolean empty() {
        return authorityId == null || (!wholeAuthority && districts.isEmpty());
    }
}
