package fr.lacoopol.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU the application, PostgreSQL and Elasticsearch use during a step, from Linux's {@code /proc}: each
 * process's user and system ticks at the start and the end, summed per service, over the step's wall time, in cores.
 * Processes are told apart by their command line; ticks are {@value #TICKS_PER_SECOND} a second (Linux's USER_HZ).
 */
final class CpuMeter {

    static final int TICKS_PER_SECOND = 100;

    record Sample(long nanos, Map<String, Long> ticks) {
    }

    Sample sample() {
        Map<String, Long> ticks = new HashMap<>();
        if (!Files.isDirectory(Path.of("/proc"))) return new Sample(System.nanoTime(), ticks); // not Linux: no figures
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(process -> {
                String service = serviceOf(process);
                if (service != null) ticks.merge(service, ticksOf(process), Long::sum);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list /proc", e);
        }
        return new Sample(System.nanoTime(), ticks);
    }

    /** Average cores per service between {@code start} and now. */
    Map<String, Double> coresSince(Sample start) {
        Sample end = sample();
        double seconds = (end.nanos() - start.nanos()) / 1e9;
        Map<String, Double> cores = new HashMap<>();
        end.ticks().forEach((service, ticks) -> cores.put(service,
                (ticks - start.ticks().getOrDefault(service, 0L)) / (double) TICKS_PER_SECOND / Math.max(seconds, 1e-9)));
        return cores;
    }

    private static String serviceOf(Path process) {
        try {
            String command = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            if (command.contains("coopol.jar")) return "app";
            if (command.contains("org.elasticsearch")) return "elasticsearch";
            if (command.startsWith("postgres") || command.contains("/bin/postgres")) return "postgresql";
            return null;
        } catch (IOException e) {
            return null; // the process ended between the listing and the read
        }
    }

    /**
     * utime + stime + cutime + cstime, the 14th to 17th fields of /proc/PID/stat (after the parenthesised command
     * name): a PostgreSQL backend that starts and ends within the step is counted in its postmaster's children's
     * times once reaped.
     */
    private static long ticksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
                    + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended: its ticks are lost, as they would be for the whole step
        }
    }
}
