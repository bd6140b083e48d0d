package org.safeguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** What the figures were measured on: without it, a number from a shared 2-core box means nothing. */
record Machine(Instant at, int cpus, String cpuModel, long memoryMb, String java, String os, String loadAtStart) {

    static Machine describe() {
        return new Machine(Instant.now(),
                Runtime.getRuntime().availableProcessors(),
                firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU"),
                firstValue(Path.of("/proc/meminfo"), "MemTotal")
                        .map(v -> Long.parseLong(v.replaceAll("\\D", "")) / 1024).orElse(-1L),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                loadAverage());
    }

    /** The 1/5/15-minute load averages: how busy the shared machine was besides us. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    String when() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(at);
    }

    List<String> lines() {
        return List.of(
                "Date: " + when(),
                "CPU: " + cpus + " × " + cpuModel + " (nproc " + cpus + ")",
                "Memory: " + String.format("%,d MB", memoryMb),
                "Java: " + java,
                "OS: " + os,
                "Load average at start (1/5/15 min): " + loadAtStart);
    }

    private static Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
