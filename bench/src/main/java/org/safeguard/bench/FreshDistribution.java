package org.safeguard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.safeguard.itests.Distribution;

/**
 * Fresh unpacks of the distribution through the integration tests' own launcher. The launcher hands out
 * one shared instance per JVM ({@link Distribution#shared()}), which suits tests; a cold-start figure
 * needs a new unpack each time, which {@link Distribution#start(Map)} gives.
 */
final class FreshDistribution {

    private static final Pattern HEAP_INFO = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private FreshDistribution() {
    }

    static Distribution unpackAndStart() {
        return Distribution.start(Map.of());
    }

    /** Stops the distribution and removes its unpacked copy: three cold starts would otherwise leave three. */
    static void discard(Distribution d) {
        // the launcher's stop() returns once bin/karaf is gone; Karaf's JVM may still be writing its
        // caches on the way out, so wait for it too before deleting underneath it
        List<ProcessHandle> jvms = karafJvm(d).mapToObj(ProcessHandle::of).flatMap(java.util.Optional::stream).toList();
        d.stop();
        for (ProcessHandle jvm : jvms) {
            try {
                jvm.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                System.out.println("[bench] Karaf JVM " + jvm.pid() + " still running after stop; its folder stays: " + d.home());
                return;
            }
        }
        try (Stream<Path> files = Files.walk(d.home())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.out.println("[bench] could not remove " + d.home() + ": " + e.getMessage());
        }
    }

    /**
     * When the measurement gives up while the launcher is still booting, nobody holds the Distribution yet
     * to stop it; Karaf's JVM is found by its own home folder (unique to this unpack) and stopped, so a
     * failed run leaves nothing behind.
     */
    static void stopLeftover(Path home) {
        String marker = "-Dkaraf.home=" + home.toAbsolutePath();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> java.util.Arrays.asList(args).contains(marker)).orElse(false))
                .forEach(p -> {
                    System.out.println("[bench] stopping Karaf left running by a failed boot: pid " + p.pid());
                    p.destroy();
                });
    }

    /** Resident memory of Karaf's JVM (the child of bin/karaf), in kB; -1 when it cannot be read. */
    static long residentKb(Distribution d) {
        return karafJvm(d).map(FreshDistribution::vmRss).findFirst().orElse(-1);
    }

    /**
     * Heap in use right after a full collection, and the heap the JVM has committed, in kB. Resident
     * memory alone cannot tell a leak from a heap the collector simply let grow under load; the live set
     * after a full GC can. Both -1 when jcmd cannot reach the JVM.
     */
    record Heap(long liveKb, long committedKb) {
    }

    static Heap heapAfterFullGc(Distribution d) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        return karafJvm(d).mapToObj(pid -> {
            run(jcmd, String.valueOf(pid), "GC.run");
            Matcher m = HEAP_INFO.matcher(run(jcmd, String.valueOf(pid), "GC.heap_info"));
            return m.find() ? new Heap(Long.parseLong(m.group(2)), Long.parseLong(m.group(1))) : new Heap(-1, -1);
        }).findFirst().orElse(new Heap(-1, -1));
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static LongStream karafJvm(Distribution d) {
        return ProcessHandle.of(d.pid()).stream()
                .flatMap(ProcessHandle::descendants)
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .mapToLong(ProcessHandle::pid);
    }

    private static long vmRss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
