package org.safeguard.fostering.rules;

import java.time.LocalDate;

/** A child to be placed: their case, their family (for kinship carers), their date of birth. */
public record ChildToPlace(long caseId, long familyId, LocalDate dateOfBirth) {}
