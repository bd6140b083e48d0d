package org.safeguard.caserecords.api;

/** A household: the people living at one address, served by one district. */
public record FamilySummary(long id, long authorityId, long districtId, String name, String postcode) {}
