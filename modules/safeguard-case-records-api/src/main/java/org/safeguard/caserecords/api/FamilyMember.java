package org.safeguard.caserecords.api;

import java.time.LocalDate;

/**
 * Someone living in the household now.
 *
 * @param child       true for a child, false for an adult (a parent, step-parent, carer...)
 * @param description how they relate to the children, e.g. "Parent of Amy"
 */
public record FamilyMember(long personId, String name, LocalDate dateOfBirth, boolean child, String description) {}
