package io.huntbook.viz;

import io.huntbook.analysis.proctree.ProcessTree;
import org.dflib.DataFrame;

/**
 * Where charts start: one factory per kind, each giving a builder whose options follow MSTICPy's.
 *
 * <pre>{@code
 * Chart chart = Charts.timeline(events).groupBy("Computer").tooltip("Account", "CommandLine").build();
 * chart.write(Path.of("timeline.html"));   // or .png, .svg
 * display(Charts.timeline(signins).groupBy("UserPrincipalName"));
 * }</pre>
 */
public final class Charts {
    private Charts() {}

    /** Events on a time axis, one row per group. */
    public static TimelineChart timeline(DataFrame events) {
        return new TimelineChart(events, "events");
    }

    /** Events on a time axis as a named data set (add others with {@link TimelineChart#overlay}). */
    public static TimelineChart timeline(String name, DataFrame events) {
        return new TimelineChart(events, name);
    }

    /** A numeric column over time as bars, lines or markers. */
    public static ValuesChart values(DataFrame frame) {
        return new ValuesChart(frame);
    }

    /** First-to-last activity per group. */
    public static DurationChart duration(DataFrame frame) {
        return new DurationChart(frame);
    }

    /** A time series with baseline and anomalies marked. */
    public static AnomaliesChart anomalies(DataFrame frame) {
        return new AnomaliesChart(frame);
    }

    /** x by y, sized by count, sum or distinct count. */
    public static MatrixChart matrix(DataFrame frame) {
        return new MatrixChart(frame);
    }

    /** Entities linked by rows: source column to target column. */
    public static GraphChart graph(DataFrame frame) {
        return new GraphChart(frame);
    }

    /** Points on the world outline from latitude/longitude (GeoIP results as they come). */
    public static MapChart map(DataFrame frame) {
        return new MapChart(frame);
    }

    /** A process tree as a collapsible hierarchy. */
    public static ProcessTreeChart processTree(ProcessTree tree) {
        return new ProcessTreeChart(tree);
    }
}
