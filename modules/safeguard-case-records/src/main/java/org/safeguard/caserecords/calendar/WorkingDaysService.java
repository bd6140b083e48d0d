package org.safeguard.caserecords.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;
import org.safeguard.caserecords.api.WorkingDays;
import org.safeguard.platform.api.time.CouncilClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statutory calendar as a service: the bundled England and Wales bank holidays plus whatever an
 * administrator adds in {@code ${karaf.etc}/safeguard-bank-holidays.csv} (same format; a date in both
 * takes the etc file's title). The etc file is looked at again at most once a minute and re-read when
 * it changes, so next year's holidays or a one-off royal occasion need neither a release nor a restart.
 */
@Component(service = WorkingDays.class, immediate = true)
public class WorkingDaysService implements WorkingDays {

    public static final String ETC_FILE_NAME = "safeguard-bank-holidays.csv";

    static final long CHECK_INTERVAL_MILLIS = 60_000;

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDaysService.class);

    private final Path etcFile;
    private final Clock clock;
    private final Map<LocalDate, String> bundled;
    private final AtomicLong nextCheckMillis = new AtomicLong();

    private volatile BankHolidayCalendar calendar;
    /** What the etc file looked like when last read; null before the first read. */
    private FileStamp loadedStamp;
    private volatile LocalDate lastWarnedOn;

    /** For OSGi: the etc file is in Karaf's etc folder, when there is one. */
    public WorkingDaysService() {
        this(etcFileIn(System.getProperty("karaf.etc")), Clock.systemUTC());
    }

    /** For tests: {@code etcFile} may be null (no administrator's list). */
    public WorkingDaysService(Path etcFile, Clock clock) {
        this.etcFile = etcFile;
        this.clock = clock;
        this.bundled = BankHolidayCalendar.bundled().holidays();
        reload(stampOf(etcFile));
        nextCheckMillis.set(clock.millis() + CHECK_INTERVAL_MILLIS);
    }

    static Path etcFileIn(String karafEtc) {
        return karafEtc == null || karafEtc.isBlank() ? null : Paths.get(karafEtc, ETC_FILE_NAME);
    }

    /** The holidays in force now (bundled plus the administrator's). */
    public BankHolidayCalendar calendar() {
        refreshIfDue();
        return calendar;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        return calendar().plusWorkingDays(start, days);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    @Override
    public LocalDate knownUntil() {
        return calendar().knownUntil();
    }

    /**
     * The warning due when the known holidays end less than 12 months from today: timescales past that
     * date would silently count bank holidays as working days.
     */
    static Optional<String> staleWarning(LocalDate knownUntil, LocalDate today) {
        if (!knownUntil.isBefore(today.plusMonths(12))) {
            return Optional.empty();
        }
        return Optional.of("Bank holidays known only until " + knownUntil + ": add next year's to etc/"
                + ETC_FILE_NAME + " (no restart needed)");
    }

    /** Called on every use, so the common path is one volatile read; one caller a minute does the check. */
    private void refreshIfDue() {
        long now = clock.millis();
        long due = nextCheckMillis.get();
        if (now < due || !nextCheckMillis.compareAndSet(due, now + CHECK_INTERVAL_MILLIS)) {
            return;
        }
        FileStamp stamp = stampOf(etcFile);
        if (stamp != FileStamp.UNKNOWN && !Objects.equals(stamp, currentStamp())) {
            reload(stamp);
        } else {
            warnIfStale(); // at most once a day: a long-running server still gets told in time
        }
    }

    private synchronized FileStamp currentStamp() {
        return loadedStamp;
    }

    private synchronized void reload(FileStamp stamp) {
        Map<LocalDate, String> holidays = new TreeMap<>(bundled);
        if (stamp.exists()) {
            try {
                String text = new String(Files.readAllBytes(etcFile), StandardCharsets.UTF_8);
                BankHolidayCsv.Result added = BankHolidayCsv.parse(text);
                for (String problem : added.problems()) {
                    LOG.warn("{} {} (line skipped)", etcFile, problem);
                }
                holidays.putAll(added.holidays());
                LOG.info("Bank holidays: {} bundled, {} from {}", bundled.size(), added.holidays().size(), etcFile);
            } catch (IOException e) {
                // Keep what we had (a half-written file or a permissions slip must not drop holidays);
                // leaving the stamp unchanged makes the next check try again.
                LOG.warn("Cannot read {}: {}; keeping the bank holidays already loaded", etcFile, e.toString());
                if (calendar == null) {
                    calendar = new BankHolidayCalendar(bundled);
                }
                return;
            }
        } else if (loadedStamp != null && loadedStamp.exists()) {
            LOG.info("{} removed: bank holidays are the bundled list only", etcFile);
        }
        calendar = new BankHolidayCalendar(holidays);
        loadedStamp = stamp;
        lastWarnedOn = null;
        warnIfStale();
    }

    private void warnIfStale() {
        LocalDate today = new CouncilClock(clock).today();
        if (today.equals(lastWarnedOn)) {
            return;
        }
        staleWarning(calendar.knownUntil(), today).ifPresent(message -> {
            LOG.warn(message);
            lastWarnedOn = today;
        });
    }

    private static FileStamp stampOf(Path file) {
        if (file == null) {
            return FileStamp.ABSENT;
        }
        try {
            return new FileStamp(true, Files.getLastModifiedTime(file).toMillis(), Files.size(file));
        } catch (NoSuchFileException e) {
            return FileStamp.ABSENT;
        } catch (IOException e) {
            LOG.warn("Cannot look at {}: {}", file, e.toString());
            return FileStamp.UNKNOWN; // not the same as deleted: keep what is loaded, look again later
        }
    }

    /** Modification time and size: an edit within the file system's time resolution still shows. */
    private record FileStamp(boolean exists, long modifiedMillis, long size) {
        static final FileStamp ABSENT = new FileStamp(false, 0, 0);
        static final FileStamp UNKNOWN = new FileStamp(false, -1, -1);
    }
}
