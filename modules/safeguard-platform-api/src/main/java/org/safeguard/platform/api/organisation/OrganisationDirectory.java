package org.safeguard.platform.api.organisation;

import java.util.List;
import java.util.Optional;

/** Read access to authorities, districts, teams and staff. Implemented by the identity bundle. */
public interface OrganisationDirectory {

    List<Authority> authorities();

    Optional<Authority> authority(long authorityId);

    List<District> districts(long authorityId);

    Optional<District> district(long districtId);

    /** The authority's current teams: a team retired by a merge is not listed. */
    List<Team> teams(long authorityId);

    /** Any team by id, a retired one too, so history can still name it. */
    Optional<Team> team(long teamId);

    List<StaffMember> staff(long authorityId);

    List<StaffMember> teamMembers(long teamId);

    Optional<StaffMember> staffMember(long userId);
}
