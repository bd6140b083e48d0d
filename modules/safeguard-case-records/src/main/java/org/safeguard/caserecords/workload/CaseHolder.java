package org.safeguard.caserecords.workload;

import java.math.BigDecimal;

import org.safeguard.platform.api.security.Role;

/**
 * A team member who may hold cases: one of the case-holding roles in that team.
 *
 * @param role the most senior case-holding role they hold in the team
 * @param fte  full-time equivalent; the caseload guide scales with it
 */
public record CaseHolder(long id, String name, Role role, BigDecimal fte) {

    public String roleLabel() {
        return role.label();
    }

    /** "Sam Jones, Social worker": what a select option shows. */
    public String label() {
        return name + ", " + role.label();
    }
}
