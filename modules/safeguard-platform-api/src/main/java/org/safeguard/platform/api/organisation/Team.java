package org.safeguard.platform.api.organisation;

/** @param districtId null for a team that works across the whole authority */
public record Team(long id, long authorityId, Long districtId, String name, TeamType type) {}
