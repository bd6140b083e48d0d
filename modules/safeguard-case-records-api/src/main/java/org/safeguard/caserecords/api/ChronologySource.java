package org.safeguard.caserecords.api;

import java.util.List;

/**
 * Whiteboard service: a module's entries in a child's chronology. Case records merges them with
 * its own events by date, only from modules enabled for the case's district.
 */
public interface ChronologySource {

    String moduleId();

    List<ChronologyEvent> events(ChildCase childCase);
}
