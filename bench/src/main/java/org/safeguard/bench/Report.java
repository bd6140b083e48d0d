package org.safeguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The figures as one table, printed on the console and written into docs/performance.md. */
final class Report {

    static final String START = "<!-- bench:platform-runtime:start (written by scripts/bench.sh; edits inside are replaced) -->";
    static final String END = "<!-- bench:platform-runtime:end -->";
    private static final String[] HEADINGS = {"Measurement", "Platform", "Baseline", "Platform/baseline", "Detail"};

    private record Row(String measurement, String platform, String baseline, String ratio, String detail) {
    }

    private final Machine machine;
    private final String settings;
    private final String start;
    private final String end;
    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(Machine machine, Settings settings) {
        this(machine, settings.describe(), START, END, "Platform runtime");
    }

    /** A section of its own in docs/performance.md, between its own markers. */
    Report(Machine machine, String settings, String start, String end, String title) {
        this.machine = machine;
        this.settings = settings;
        this.start = start;
        this.end = end;
        this.title = title;
    }

    void row(String measurement, String platform, String baseline, String ratio, String detail) {
        rows.add(new Row(measurement, platform, baseline, ratio, detail));
    }

    void row(String measurement, String platform, String detail) {
        row(measurement, platform, "—", "—", detail);
    }

    void notMeasured(String measurement, Throwable why) {
        String reason = why.getMessage() == null ? why.toString() : why.getMessage();
        row(measurement, "not measured", "—", "—", reason.lines().findFirst().orElse(reason));
        notes.add(measurement + " was not measured: " + reason.strip());
    }

    void note(String note) {
        notes.add(note);
    }

    void print() {
        int[] widths = new int[4];
        for (int c = 0; c < 4; c++) {
            widths[c] = HEADINGS[c].length();
            for (Row r : rows) {
                widths[c] = Math.max(widths[c], cells(r)[c].length());
            }
        }
        StringBuilder out = new StringBuilder("\n");
        machine.lines().forEach(l -> out.append(l).append('\n'));
        out.append("Load average at end (1/5/15 min): ").append(Machine.loadAverage()).append('\n');
        out.append("Settings: ").append(settings).append("\n\n");
        out.append(line(HEADINGS, widths)).append('\n');
        int total = 0;
        for (int w : widths) {
            total += w + 2;
        }
        out.append("-".repeat(total + HEADINGS[4].length())).append('\n');
        for (Row r : rows) {
            out.append(line(cells(r), widths)).append('\n');
        }
        if (!notes.isEmpty()) {
            out.append("\nNotes:\n");
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        System.out.println(out);
    }

    /** Replaces the marked section of docs/performance.md (or appends it), leaving the rest of the file as written. */
    void writeInto(Path doc) throws IOException {
        String section = markdown();
        String text = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        String updated;
        if (from >= 0 && to > from) {
            updated = text.substring(0, from) + section + text.substring(to + end.length());
        } else {
            updated = text.stripTrailing() + "\n\n" + section + "\n";
        }
        Files.createDirectories(doc.toAbsolutePath().getParent());
        Files.writeString(doc, updated);
    }

    private String markdown() {
        StringBuilder md = new StringBuilder(start).append("\n## ").append(title).append("\n\n");
        md.append("Measured ").append(machine.when()).append(" by `scripts/bench.sh`.\n\n");
        machine.lines().stream().skip(1).forEach(l -> md.append("- ").append(l).append('\n'));
        md.append("- Load average at end (1/5/15 min): ").append(Machine.loadAverage()).append('\n');
        md.append("- Settings: ").append(settings).append("\n\n");
        md.append('|');
        for (String h : HEADINGS) {
            md.append(' ').append(h).append(" |");
        }
        md.append("\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append('|');
            for (String cell : List.of(r.measurement(), r.platform(), r.baseline(), r.ratio(), r.detail())) {
                md.append(' ').append(cell.replace("|", "\\|")).append(" |");
            }
            md.append('\n');
        }
        if (!notes.isEmpty()) {
            md.append("\nNotes from this run:\n\n");
            notes.forEach(n -> md.append("- ").append(n.replace("\n", " ")).append('\n'));
        }
        return md.append(end).toString();
    }

    private static String[] cells(Row r) {
        return new String[] {r.measurement(), r.platform(), r.baseline(), r.ratio(), r.detail()};
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < 4; c++) {
            s.append(String.format("%-" + widths[c] + "s  ", cells[c]));
        }
        return s.append(cells[4]).toString();
    }
}
