package org.safeguard.platform.api.organisation;

public record District(long id, long authorityId, String name) {}
