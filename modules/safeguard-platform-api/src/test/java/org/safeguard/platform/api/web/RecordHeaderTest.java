package org.safeguard.platform.api.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecordHeaderTest {

    private final RecordHeader header = new RecordHeader("Smith family · Case 5", "Amy Smith", List.of("Born 2 March 2019"),
            new RecordHeader.Status("Child protection", true), List.of(), "Case pages", List.of(
                    new RecordHeader.Tab("Summary", "/cases/5", false),
                    new RecordHeader.Tab("Notes and visits", "/cases/5/notes", false),
                    new RecordHeader.Tab("Family Safeguarding", "/family-safeguarding/cases/5", false)));

    private List<String> current(String path) {
        return header.withCurrent(path).tabs().stream().filter(RecordHeader.Tab::current).map(RecordHeader.Tab::label).toList();
    }

    @Test
    void theLongestMatchingTabIsCurrent() {
        assertEquals(List.of("Summary"), current("/cases/5"));
        assertEquals(List.of("Notes and visits"), current("/cases/5/notes"));
        assertEquals(List.of("Notes and visits"), current("/cases/5/notes/12/edit"));
        assertEquals(List.of("Family Safeguarding"), current("/family-safeguarding/cases/5/sessions/new?x=1"));
    }

    @Test
    void anotherRecordsPathMarksNothing() {
        assertEquals(List.of(), current("/cases/50"));
        assertEquals(List.of(), current("/cases/5notes"));
        assertEquals(List.of(), current(null));
    }
}
