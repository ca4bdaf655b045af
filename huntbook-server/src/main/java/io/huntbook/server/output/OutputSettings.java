package io.huntbook.server.output;

import io.huntbook.core.BadInputException;
import io.huntbook.core.HuntbookHome;
import io.huntbook.core.config.ConfigMap;
import io.huntbook.core.config.HuntbookConfig;
import java.nio.file.Path;
import java.util.List;

/**
 * Outputs as the configuration sets them, under {@code Huntbook.Outputs}: {@code Folder} (default
 * {@code $HUNTBOOK_HOME/outputs}), {@code Naming} (§6.E), {@code StrippedCopy}, {@code ReportEveryRun},
 * {@code ReportWithInput}, {@code FindingsFolder}, {@code FindingScraps} (default {@code [finding]}),
 * {@code Labels} (added to every incident).
 */
public final class OutputSettings {
    private OutputSettings() {}

    /** The output folder the configuration names, or the default. */
    public static Path folder(HuntbookConfig config) {
        return config.section("Huntbook").map("Outputs").string("Folder")
                .map(f -> HuntbookConfig.resolvePath(f, config.baseDir()))
                .orElse(HuntbookHome.dir().resolve("outputs"));
    }

    /** A pipeline builder over the local store, set up from {@code Huntbook.Outputs}. */
    public static RunPipeline.Builder pipeline(HuntbookConfig config) {
        return pipeline(config, folder(config));
    }

    /** A pipeline builder over the local store at {@code folder} (the server's output root), set up otherwise from
     * {@code Huntbook.Outputs}. */
    public static RunPipeline.Builder pipeline(HuntbookConfig config, Path folder) {
        ConfigMap outputs = config.section("Huntbook").map("Outputs");
        RunPipeline.Builder builder = RunPipeline.builder(OutputStore.local(folder));
        outputs.string("Naming").ifPresent(n -> builder.naming(new OutputNaming(n)));
        builder.strippedCopy(outputs.bool("StrippedCopy", false));
        builder.reportEveryRun(outputs.bool("ReportEveryRun", false));
        builder.reportWithInput(outputs.bool("ReportWithInput", false));
        outputs.string("FindingsFolder").ifPresent(builder::findingsFolder);
        List<String> flags = outputs.strings("FindingScraps");
        if (!flags.isEmpty()) {
            try {
                builder.findingRules(new FindingRules(flags, "finding_title", "finding_desc", "severity"));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("Huntbook.Outputs.FindingScraps: " + e.getMessage());
            }
        }
        builder.labels(outputs.strings("Labels"));
        return builder;
    }
}
