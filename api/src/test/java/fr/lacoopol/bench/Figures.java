package fr.lacoopol.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's figures, each beside the anchor measured in the same run and as a ratio to it (issue 20): this
 * machine stops every process for 20–50 ms about every 0.6 s and moves from day to day, so only ratios compare
 * across runs. Collected as the steps run, printed as one table at the end and written as JSON.
 */
final class Figures {

    /** Latencies in milliseconds: nearest-rank percentiles of the samples. */
    record Distribution(int count, double p50, double p90, double p99, double max) {

        static Distribution ofNanos(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Distribution(sorted.length, percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        }
    }

    /**
     * One figure. {@code value} is what the step measured (a rate, or a p50 in ms) in {@code unit}; {@code anchor}
     * names what it is compared with and {@code anchorValue} its value, in the same unit; {@code cpuCores}: the
     * average cores each process used during the step.
     */
    record Figure(String step, String measure, String unit, double value, Distribution latency, String anchor,
                  double anchorValue, double ratio, Map<String, Double> cpuCores) {
    }

    private final List<Figure> figures = new ArrayList<>();

    /** The nearest-rank percentile of ascending nanoseconds, in milliseconds; NaN without samples. */
    static double percentile(long[] sortedNanos, int percentile) {
        if (sortedNanos.length == 0) return Double.NaN;
        int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    /** value ÷ anchor; NaN when either is missing or the anchor is zero. */
    static double ratio(double value, double anchor) {
        if (Double.isNaN(value) || Double.isNaN(anchor) || anchor == 0) return Double.NaN;
        return value / anchor;
    }

    Figure add(String step, String measure, String unit, double value, Distribution latency, String anchor,
               double anchorValue, Map<String, Double> cpuCores) {
        Figure figure = new Figure(step, measure, unit, value, latency, anchor, anchorValue, ratio(value, anchorValue),
                cpuCores == null ? Map.of() : Map.copyOf(cpuCores));
        figures.add(figure);
        return figure;
    }

    List<Figure> all() {
        return List.copyOf(figures);
    }

    /** One line per figure: step, measure, value, anchor, ratio, percentiles, CPU. */
    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %-58s %14s %-44s %14s %8s %s%n",
                "step", "measure", "value", "anchor (same run)", "anchor value", "ratio", "p50/p90/p99/max ms · cores"));
        for (Figure f : figures) {
            String latency = f.latency() == null ? "" : String.format(Locale.ROOT, "%.1f/%.1f/%.1f/%.1f", f.latency().p50(),
                    f.latency().p90(), f.latency().p99(), f.latency().max());
            StringBuilder cores = new StringBuilder();
            f.cpuCores().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(c ->
                    cores.append(String.format(Locale.ROOT, " %s %.2f", c.getKey(), c.getValue())));
            out.append(String.format(Locale.ROOT, "%-10s %-58s %14s %-44s %14s %8s %s%s%n", f.step(), f.measure(),
                    number(f.value()) + " " + f.unit(), f.anchor(), number(f.anchorValue()),
                    Double.isNaN(f.ratio()) ? "—" : String.format(Locale.ROOT, "%.3f", f.ratio()), latency,
                    cores.length() == 0 ? "" : " ·" + cores));
        }
        return out.toString();
    }

    /** The figures as JSON; a missing anchor or ratio is {@code null}. */
    void writeJson(Path file) throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("step", f.step());
            row.put("measure", f.measure());
            row.put("unit", f.unit());
            row.put("value", orNull(f.value()));
            row.put("latencyMs", f.latency());
            row.put("anchor", f.anchor());
            row.put("anchorValue", orNull(f.anchorValue()));
            row.put("ratio", orNull(f.ratio()));
            row.put("cpuCores", f.cpuCores());
            rows.add(row);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) return "—";
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
