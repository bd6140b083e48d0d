package org.safeguard.familysafeguarding.access;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.safeguard.familysafeguarding.FamilySafeguardingModule;
import org.safeguard.familysafeguarding.model.PractitionerAssignment;
import org.safeguard.familysafeguarding.model.WorkbookRole;
import org.safeguard.platform.api.security.CurrentUser;

/**
 * What a user may do with a family's adult work, beyond seeing it. Sessions and goals belong to the
 * practitioner doing the work: only they record them, or a manager who assigns (recording on a
 * practitioner's behalf, or correcting the record). Workbook chapters belong to a worker role.
 */
public final class WorkPermissions {

    private WorkPermissions() {
    }

    /** May record sessions and goals under this assignment. */
    public static boolean mayWorkWith(CurrentUser user, PractitionerAssignment assignment) {
        if (!assignment.open() || !user.hasPermission(FamilySafeguardingModule.RECORD)) {
            return false;
        }
        return (user.userId() != null && user.userId() == assignment.practitionerUserId())
                || user.hasPermission(FamilySafeguardingModule.ASSIGN);
    }

    /** The open assignments among these the user may record sessions and goals under. */
    public static List<PractitionerAssignment> workable(CurrentUser user, Collection<PractitionerAssignment> assignments) {
        return assignments.stream().filter(a -> mayWorkWith(user, a)).toList();
    }

    /** The workbook roles the user writes as; empty without the record permission. */
    public static Set<WorkbookRole> workbookRoles(CurrentUser user) {
        if (!user.hasPermission(FamilySafeguardingModule.RECORD)) {
            return Set.of();
        }
        return WorkbookRole.of(user.roles());
    }
}
