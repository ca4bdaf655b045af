package io.huntbook.data.sample;

import io.huntbook.data.local.LocalData;
import java.nio.file.Path;
import java.util.Map;

/**
 * A generated sample on disk: Parquet tables under {@code tables/}, the threat-intel list under {@code intel/} and
 * {@code manifest.json} saying how it was made.
 *
 * @param folder    where it lies
 * @param options   the seed, anchor day and size it was made with
 * @param rowCounts rows per table
 */
public record SampleSet(Path folder, SampleOptions options, Map<String, Long> rowCounts) {
    public SampleSet {
        rowCounts = Map.copyOf(rowCounts);
    }

    /** The folder of Parquet tables, one file per table. */
    public Path tables() {
        return folder.resolve("tables");
    }

    /** The local threat-intel list as CSV. */
    public Path threatIntelCsv() {
        return folder.resolve("intel").resolve(ThreatIntelFiles.CSV);
    }

    /** The local threat-intel list as a STIX 2.1 bundle. */
    public Path stixBundle() {
        return folder.resolve("intel").resolve(ThreatIntelFiles.STIX);
    }

    /** The planted intrusion, with its indicators and times. */
    public Story story() {
        return new Story(options.anchor());
    }

    /** LocalData over the sample's tables (the caller closes it). */
    public LocalData localData() {
        return LocalData.builder().folder(tables()).build();
    }
}
