package org.safeguard.caserecords.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.safeguard.caserecords.api.WorkingDays;

/**
 * Working days over a fixed set of bank holidays: Monday to Friday except those holidays. Immutable and
 * thread-safe. Arithmetic is O(log h) per call (h = number of holidays), whatever the day count: whole
 * weeks are jumped arithmetically and the holidays in a range are counted by binary search, because
 * it runs for every case on a caseload or work-tray page.
 *
 * <p>Beyond {@link #knownUntil()} every weekday counts as working: an unannounced holiday cannot be
 * guessed, and a timescale a day early is safer than one silently a day late.
 */
public final class BankHolidayCalendar implements WorkingDays {

    /** The list shipped in this bundle (England and Wales), on the class path. */
    public static final String BUNDLED_RESOURCE = "/calendar/england-and-wales-bank-holidays.csv";

    /** A Monday: weekday counts are taken from here (any Monday would do). */
    private static final long MONDAY_EPOCH_DAY = LocalDate.of(1970, 1, 5).toEpochDay();

    /** Holidays that fall Monday to Friday, as sorted epoch days: the only ones that change a count. */
    private final long[] weekdayHolidays;
    private final NavigableMap<LocalDate, String> titles;

    public BankHolidayCalendar(Collection<LocalDate> holidays) {
        this(titled(holidays));
    }

    /** Holidays with their titles (titles are for display only). */
    public BankHolidayCalendar(Map<LocalDate, String> holidays) {
        this.titles = Collections.unmodifiableNavigableMap(new TreeMap<>(holidays));
        this.weekdayHolidays = titles.keySet().stream()
                .filter(BankHolidayCalendar::isWeekday)
                .mapToLong(LocalDate::toEpochDay)
                .toArray(); // already sorted and distinct: the keys of a TreeMap
    }

    /**
     * The England and Wales bank holidays bundled with case records, without any administrator's
     * additions: for tests and as the service's baseline.
     */
    public static BankHolidayCalendar englandAndWales() {
        return new BankHolidayCalendar(bundled().holidays());
    }

    /** The bundled list parsed; a problem in it is a packaging error, so it fails loudly. */
    static BankHolidayCsv.Result bundled() {
        try (InputStream in = BankHolidayCalendar.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled bank holidays missing: " + BUNDLED_RESOURCE);
            }
            BankHolidayCsv.Result result = BankHolidayCsv.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("Bundled bank holidays malformed: " + result.problems());
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every holiday known, by date, with its title. */
    public NavigableMap<LocalDate, String> holidays() {
        return titles;
    }

    public boolean isBankHoliday(LocalDate date) {
        return titles.containsKey(date);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return isWeekday(date) && Arrays.binarySearch(weekdayHolidays, date.toEpochDay()) < 0;
    }

    /**
     * {@inheritDoc} Zero gives {@code start} itself. A negative count goes back: the date with exactly
     * {@code -days} working days from it up to the day before {@code start}.
     */
    @Override
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        long from = start.toEpochDay();
        if (days == 0) {
            return start;
        }
        if (days > 0) {
            // Land as if there were no holidays, then step on past each holiday the range swallowed:
            // (start, end] then holds days + its holidays weekdays, so exactly `days` working days,
            // and end is a weekday that is not a holiday (else it would have been counted again).
            long end = plusWeekdays(from, days);
            long pending = holidaysIn(from, end);
            while (pending > 0) {
                long next = plusWeekdays(end, pending);
                pending = holidaysIn(end, next);
                end = next;
            }
            return LocalDate.ofEpochDay(end);
        }
        long end = minusWeekdays(from, -(long) days);
        long pending = holidaysIn(end - 1, from - 1); // [end, start)
        while (pending > 0) {
            long next = minusWeekdays(end, pending);
            pending = holidaysIn(next - 1, end - 1); // [next, end)
            end = next;
        }
        return LocalDate.ofEpochDay(end);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        if (b < a) {
            return -workingDaysBetween(to, from);
        }
        return Math.toIntExact(weekdaysUpTo(b) - weekdaysUpTo(a) - holidaysIn(a, b));
    }

    /** The last holiday known; {@link LocalDate#MIN} when none are (every weekday then works). */
    @Override
    public LocalDate knownUntil() {
        return titles.isEmpty() ? LocalDate.MIN : titles.lastKey();
    }

    /** Weekday holidays in (after, upTo]. */
    private long holidaysIn(long after, long upTo) {
        return countUpTo(upTo) - countUpTo(after);
    }

    /** Weekday holidays on or before the epoch day. */
    private int countUpTo(long epochDay) {
        int i = Arrays.binarySearch(weekdayHolidays, epochDay);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Weekdays from the reference Monday up to and including the day (negative before it). */
    private static long weekdaysUpTo(long epochDay) {
        long offset = epochDay - MONDAY_EPOCH_DAY;
        return Math.floorDiv(offset, 7) * 5 + Math.min(Math.floorMod(offset, 7) + 1, 5);
    }

    /** The n-th weekday after the day (n > 0); a weekend day counts from the Friday before it. */
    private static long plusWeekdays(long epochDay, long n) {
        int index = dayIndex(epochDay); // 0 = Monday ... 6 = Sunday
        long base = index > 4 ? epochDay - (index - 4) : epochDay;
        int baseIndex = Math.min(index, 4);
        long rem = n % 5;
        long result = base + n / 5 * 7 + rem;
        return baseIndex + rem >= 5 ? result + 2 : result;
    }

    /** The n-th weekday before the day (n > 0); a weekend day counts from the Monday after it. */
    private static long minusWeekdays(long epochDay, long n) {
        int index = dayIndex(epochDay);
        long base = index > 4 ? epochDay + (7 - index) : epochDay;
        int baseIndex = index > 4 ? 0 : index;
        long rem = n % 5;
        long result = base - n / 5 * 7 - rem;
        return baseIndex - rem < 0 ? result - 2 : result;
    }

    private static int dayIndex(long epochDay) {
        return (int) Math.floorMod(epochDay - MONDAY_EPOCH_DAY, 7);
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    private static Map<LocalDate, String> titled(Collection<LocalDate> holidays) {
        Map<LocalDate, String> map = new TreeMap<>();
        for (LocalDate holiday : holidays) {
            map.put(holiday, "");
        }
        return map;
    }
}
