package org.safeguard.caserecords.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a bank holiday list: one {@code date,title} a line (date as YYYY-MM-DD, title optional),
 * {@code #} comment lines, blank lines and a {@code date,title} header ignored. A bad line is reported
 * with its line number and skipped: an administrator's typo must never stop timescales being computed.
 */
public final class BankHolidayCsv {

    /** The holidays read, by date (a repeated date keeps the later title), and one message per bad line. */
    public record Result(Map<LocalDate, String> holidays, List<String> problems) {
        public Result {
            holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
            problems = List.copyOf(problems);
        }
    }

    private BankHolidayCsv() {
    }

    public static Result parse(String text) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        if (text.startsWith("\uFEFF")) { // a byte order mark, as spreadsheet programs and Notepad write
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.equalsIgnoreCase("date,title")) {
                continue;
            }
            int comma = line.indexOf(',');
            String date = (comma < 0 ? line : line.substring(0, comma)).strip();
            String title = comma < 0 ? "" : unquote(line.substring(comma + 1).strip());
            try {
                holidays.put(LocalDate.parse(date), title);
            } catch (DateTimeParseException e) {
                problems.add("line " + (i + 1) + ": \"" + date + "\" is not a date written YYYY-MM-DD");
            }
        }
        return new Result(holidays, problems);
    }

    private static String unquote(String title) {
        if (title.length() >= 2 && title.startsWith("\"") && title.endsWith("\"")) {
            return title.substring(1, title.length() - 1).replace("\"\"", "\"");
        }
        return title;
    }
}
