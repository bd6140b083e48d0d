package org.safeguard.caserecords.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The administrator's etc file: adds to the bundled list, is re-read without a restart, never breaks it. */
class WorkingDaysServiceTest {

    private static final LocalDate ROYAL_ONE_OFF = LocalDate.of(2027, 6, 4); // a Friday, invented for the test

    @TempDir
    Path etc;

    private final TestClock clock = new TestClock(Instant.parse("2026-06-01T09:00:00Z"));

    @Test
    void withoutAnEtcFileTheBundledListApplies() {
        WorkingDaysService service = new WorkingDaysService(null, clock);
        assertEquals(BankHolidayCalendar.englandAndWales().holidays(), service.calendar().holidays());
        assertEquals(LocalDate.of(2028, 12, 26), service.knownUntil());
        assertNull(WorkingDaysService.etcFileIn(null));
        assertEquals(etc.resolve("safeguard-bank-holidays.csv"), WorkingDaysService.etcFileIn(etc.toString()));
    }

    @Test
    void theEtcFileAddsHolidaysAndOverridesTitles() throws IOException {
        write("# added by the administrator\n"
                + "date,title\n"
                + ROYAL_ONE_OFF + ",A royal occasion\n"
                + "2029-01-01,New Year's Day\n"
                + "2026-12-25,Christmas Day (local title)\n");
        WorkingDaysService service = new WorkingDaysService(etcFile(), clock);

        assertFalse(service.isWorkingDay(ROYAL_ONE_OFF));
        assertEquals(LocalDate.of(2027, 6, 7), service.plusWorkingDays(LocalDate.of(2027, 6, 3), 1));
        assertEquals(LocalDate.of(2029, 1, 1), service.knownUntil());
        assertEquals("Christmas Day (local title)", service.calendar().holidays().get(LocalDate.of(2026, 12, 25)));
        // The bundled holidays are all still there.
        assertTrue(service.calendar().holidays().keySet()
                .containsAll(BankHolidayCalendar.englandAndWales().holidays().keySet()));
        assertEquals(LocalDate.of(2027, 1, 21), service.plusWorkingDays(LocalDate.of(2026, 11, 16), 45));
    }

    @Test
    void malformedLinesAreSkippedAndTheRestIsUsed() throws IOException {
        write("date,title\n"
                + "04/06/2027,Written as a spreadsheet writes it\n"
                + ROYAL_ONE_OFF + ",A royal occasion\n"
                + "2027-13-01,No such month\n"
                + "not a line at all\n");
        WorkingDaysService service = new WorkingDaysService(etcFile(), clock);
        assertFalse(service.isWorkingDay(ROYAL_ONE_OFF));
        assertEquals(LocalDate.of(2028, 12, 26), service.knownUntil());
    }

    @Test
    void theParserReportsEachBadLineByNumber() {
        BankHolidayCsv.Result result = BankHolidayCsv.parse("\uFEFF# comment\r\n"
                + "date,title\r\n"
                + "2027-06-04,\"A royal occasion, with a comma\"\r\n"
                + "\r\n"
                + "04/06/2027,Spreadsheet date\r\n"
                + "2027-02-30,No such day\r\n"
                + "2027-06-07\r\n");
        assertEquals(List.of(
                "line 5: \"04/06/2027\" is not a date written YYYY-MM-DD",
                "line 6: \"2027-02-30\" is not a date written YYYY-MM-DD"), result.problems());
        assertEquals("A royal occasion, with a comma", result.holidays().get(ROYAL_ONE_OFF));
        assertEquals("", result.holidays().get(LocalDate.of(2027, 6, 7)), "a title is optional");
        assertEquals(2, result.holidays().size());
    }

    @Test
    void changesAreSeenWithinAMinuteWithoutARestart() throws IOException {
        write("# nothing yet\n");
        WorkingDaysService service = new WorkingDaysService(etcFile(), clock);
        assertTrue(service.isWorkingDay(ROYAL_ONE_OFF));

        write(ROYAL_ONE_OFF + ",A royal occasion\n");
        touch(Duration.ofSeconds(5));
        clock.advance(Duration.ofSeconds(30));
        assertTrue(service.isWorkingDay(ROYAL_ONE_OFF), "not looked at again within the minute");
        clock.advance(Duration.ofSeconds(31));
        assertFalse(service.isWorkingDay(ROYAL_ONE_OFF), "re-read once the minute is up");

        Files.delete(etcFile());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(service.isWorkingDay(ROYAL_ONE_OFF), "file removed: the bundled list only");
        assertFalse(service.isWorkingDay(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void anEtcFileCreatedAfterStartIsPickedUp() throws IOException {
        WorkingDaysService service = new WorkingDaysService(etcFile(), clock);
        assertTrue(service.isWorkingDay(ROYAL_ONE_OFF));
        write(ROYAL_ONE_OFF + ",A royal occasion\n");
        clock.advance(Duration.ofMinutes(1));
        assertFalse(service.isWorkingDay(ROYAL_ONE_OFF));
    }

    @Test
    void warnsWhenHolidaysRunOutWithinTwelveMonths() {
        LocalDate knownUntil = LocalDate.of(2028, 12, 26);
        assertEquals(Optional.empty(), WorkingDaysService.staleWarning(knownUntil, LocalDate.of(2027, 12, 26)));
        assertEquals(Optional.of("Bank holidays known only until 2028-12-26: add next year's to"
                        + " etc/safeguard-bank-holidays.csv (no restart needed)"),
                WorkingDaysService.staleWarning(knownUntil, LocalDate.of(2027, 12, 27)));
        assertTrue(WorkingDaysService.staleWarning(LocalDate.MIN, LocalDate.of(2026, 1, 1)).isPresent());
    }

    @Test
    void theEtcFileShippedInTheDistributionIsOnlyAHeader() throws IOException {
        Path shipped = Path.of("../../karaf-assembly/src/main/resources/assembly/etc", WorkingDaysService.ETC_FILE_NAME);
        Assumptions.assumeTrue(Files.exists(shipped), "run from the module inside the repository");
        BankHolidayCsv.Result result = BankHolidayCsv.parse(Files.readString(shipped));
        assertEquals(List.of(), result.problems());
        assertEquals(0, result.holidays().size(), "the bundled list is the baseline");
    }

    private Path etcFile() {
        return etc.resolve(WorkingDaysService.ETC_FILE_NAME);
    }

    private void write(String text) throws IOException {
        Files.writeString(etcFile(), text, StandardCharsets.UTF_8);
    }

    /** Moves the modification time on, as a later edit would (file systems round times to a second or two). */
    private void touch(Duration later) throws IOException {
        FileTime time = Files.getLastModifiedTime(etcFile());
        Files.setLastModifiedTime(etcFile(), FileTime.from(time.toInstant().plus(later)));
    }

    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
