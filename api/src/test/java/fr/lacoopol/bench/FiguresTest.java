package fr.lacoopol.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's arithmetic: percentiles by nearest rank, ratios to anchors, the table and its JSON. */
class FiguresTest {

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) nanos[i] = (i + 1) * 1_000_000L;
        assertThat(Figures.percentile(nanos, 50)).isEqualTo(50.0);
        assertThat(Figures.percentile(nanos, 90)).isEqualTo(90.0);
        assertThat(Figures.percentile(nanos, 99)).isEqualTo(99.0);
        assertThat(Figures.percentile(nanos, 100)).isEqualTo(100.0);
        assertThat(Figures.percentile(new long[] {7_000_000L}, 99)).isEqualTo(7.0);
        assertThat(Figures.percentile(new long[0], 50)).isNaN();
    }

    @Test
    void aDistributionSortsItsSamplesFirst() {
        Figures.Distribution d = Figures.Distribution.ofNanos(new long[] {5_000_000L, 1_000_000L, 3_000_000L, 2_000_000L});
        assertThat(d.count()).isEqualTo(4);
        assertThat(d.p50()).isEqualTo(2.0);
        assertThat(d.p99()).isEqualTo(5.0);
        assertThat(d.max()).isEqualTo(5.0);
    }

    @Test
    void aRatioIsTheValueOverItsAnchorAndUndefinedWithoutOne() {
        assertThat(Figures.ratio(779, 22_500)).isCloseTo(0.0346, within(0.0001));
        assertThat(Figures.ratio(5, 0)).isNaN();
        assertThat(Figures.ratio(Double.NaN, 3)).isNaN();
        Figures figures = new Figures();
        Figures.Figure figure = figures.add("commands", "profile updates, 16 clients", "/s", 779, null,
                "raw insert-and-commit, 16 clients", 22_500, Map.of("app", 1.5));
        assertThat(figure.ratio()).isCloseTo(0.0346, within(0.0001));
        assertThat(figures.table()).contains("commands", "779 /s", "22500", "0.035", "app 1.50");
    }
}
