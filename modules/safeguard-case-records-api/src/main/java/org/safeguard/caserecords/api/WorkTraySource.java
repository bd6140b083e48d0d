package org.safeguard.caserecords.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Whiteboard service: a module's open tasks in the work trays. Case records asks every source
 * enabled for the team's district and lists the items with its own statutory tasks.
 */
public interface WorkTraySource {

    String moduleId();

    /** Open items for cases held by these teams, due by {@code dueBy} or overdue. */
    List<WorkTrayItem> items(Set<Long> teamIds, LocalDate dueBy);
}
