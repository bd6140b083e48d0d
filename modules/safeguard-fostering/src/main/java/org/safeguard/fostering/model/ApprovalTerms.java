package org.safeguard.fostering.model;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a household is approved for, as the rules use it.
 *
 * @param ageFrom           youngest age in completed years (0 = from birth)
 * @param ageTo             oldest age in completed years, inclusive (17 = up to the 18th birthday)
 * @param connectedFamilyId for kinship carers, the family of the child they are approved for
 */
public record ApprovalTerms(LocalDate approvedOn, ApprovalType type, int ageFrom, int ageTo, int places,
                            Set<ApprovalTerm> terms, String otherTerms, Long connectedCaseId, Long connectedFamilyId) {

    /** Oldest age a foster child can be: a young person is no longer in foster care from their 18th birthday. */
    public static final int OLDEST = 17;

    /**
     * The usual fostering limit (Children Act 1989, Schedule 7): no more than three children unless
     * they are all brothers and sisters or the authority grants an exemption. Exemptions are not
     * modelled, so no approval is for more.
     */
    public static final int USUAL_FOSTERING_LIMIT = 3;

    public ApprovalTerms {
        terms = terms.isEmpty() ? EnumSet.noneOf(ApprovalTerm.class) : EnumSet.copyOf(terms);
    }

    public boolean has(ApprovalTerm term) {
        return terms.contains(term);
    }

    public boolean covers(int age) {
        return age >= ageFrom && age <= ageTo;
    }

    public String ages() {
        return ageFrom + " to " + ageTo;
    }
}
