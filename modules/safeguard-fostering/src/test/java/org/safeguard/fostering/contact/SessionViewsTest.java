package org.safeguard.fostering.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safeguard.fostering.model.Attendance;
import org.safeguard.fostering.model.ContactSession;

class SessionViewsTest {

    @Test
    void whenASessionWasRecordedIsShownInUkTimeAndWhenItStartsAsTyped() {
        // recorded at 13:05 UTC on a July afternoon is 14:05 in England; the start was typed in UK time
        ContactSession session = new ContactSession(1, 2, LocalDateTime.of(2026, 7, 14, 10, 0), 60, "Family centre",
                3, "Sam Supervisor", Attendance.TOOK_PLACE, "Went well.", 3L, "Sam Supervisor",
                LocalDateTime.of(2026, 7, 14, 13, 5));
        var view = SessionViews.of(saved(session), List.of());
        assertEquals(LocalDateTime.of(2026, 7, 14, 14, 5), view.get("recordedAt"));
        assertEquals(LocalDateTime.of(2026, 7, 14, 10, 0), view.get("startsAt"));
    }

    @Test
    void inWinterUkTimeIsUtc() {
        ContactSession session = new ContactSession(1, 2, LocalDateTime.of(2026, 12, 1, 10, 0), 60, "Family centre",
                3, "Sam Supervisor", Attendance.PLANNED, null, 3L, "Sam Supervisor", LocalDateTime.of(2026, 12, 1, 9, 30));
        assertEquals(LocalDateTime.of(2026, 12, 1, 9, 30), SessionViews.of(saved(session), List.of()).get("recordedAt"));
    }

    /** As the database would hand it back: with an id. */
    private static ContactSession saved(ContactSession session) {
        try {
            java.lang.reflect.Field id = ContactSession.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(session, 7L);
            return session;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
