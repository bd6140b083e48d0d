package org.safeguard.caserecords.api;

import java.time.LocalDate;

/**
 * A child's open child in need or child protection plan.
 *
 * @param childProtection true for a child protection plan, false for a child in need plan
 * @param label           e.g. "Child protection plan"
 * @param category        the category of abuse on a child protection plan, e.g. "Neglect"; null otherwise
 * @param nextReviewDueOn the next review conference (CP) or review (CIN); null when none is set
 */
public record PlanSummary(long caseId, boolean childProtection, String label, String category,
                          LocalDate startedOn, LocalDate nextReviewDueOn) {}
