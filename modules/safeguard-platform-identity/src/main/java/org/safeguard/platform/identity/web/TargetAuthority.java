package org.safeguard.platform.identity.web;

import java.util.Optional;

import org.safeguard.platform.api.organisation.Authority;
import org.safeguard.platform.api.organisation.OrganisationDirectory;
import org.safeguard.platform.api.security.CurrentUser;
import org.safeguard.platform.api.security.Role;
import org.safeguard.platform.api.web.PageResult;

/**
 * The authority an administrative page works on: the user's own, or for a system administrator
 * any authority they name with {@code authority=<id>}.
 */
record TargetAuthority(Authority authority, PageResult refusal) {

    static TargetAuthority resolve(CurrentUser user, Optional<String> requested, OrganisationDirectory directory) {
        Long id = user.authorityId();
        if (requested.isPresent() && !requested.get().isBlank()) {
            Long asked;
            try {
                asked = Long.parseLong(requested.get().trim());
            } catch (NumberFormatException e) {
                return new TargetAuthority(null, PageResult.notFound());
            }
            if (!asked.equals(id) && !user.hasRole(Role.SYSTEM_ADMINISTRATOR)) {
                return new TargetAuthority(null, PageResult.forbidden());
            }
            id = asked;
        }
        if (id == null) {
            return new TargetAuthority(null, PageResult.forbidden());
        }
        return directory.authority(id)
                .map(a -> new TargetAuthority(a, null))
                .orElseGet(() -> new TargetAuthority(null, PageResult.notFound()));
    }

    boolean refused() {
        return refusal != null;
    }
}
