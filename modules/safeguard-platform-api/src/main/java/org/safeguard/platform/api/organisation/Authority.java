package org.safeguard.platform.api.organisation;

/** A local authority: the tenant every record belongs to. */
public record Authority(long id, String code, String name) {}
