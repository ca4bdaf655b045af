package io.huntbook.server.output;

import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.NotebookClassPath;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.files.NotebookFormat;
import io.huntbook.notebook.params.SuppliedValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Notebooks and engine settings for pipeline tests. */
final class Pipelines {
    private Pipelines() {}

    /** A small engine: the host's notebook class path and a heap small enough to exhaust quickly. */
    static EngineOptions engine() {
        return EngineOptions.builder().classPath(NotebookClassPath.forHost()).maxHeap("128m")
                .maxOutputChars(200_000).build();
    }

    static Notebook jsh(String text) {
        return NotebookFiles.read(text.getBytes(StandardCharsets.UTF_8), NotebookFormat.JSH, "test.jsh");
    }

    /** Glues a finding when the IP starts with 203. */
    static final String IP_CHECK = """
            // %% tags=["parameters"]
            String ipAddress = "";

            // %%
            boolean bad = ipAddress.startsWith("203.");
            System.out.println("checked " + ipAddress);
            glue("finding", bad);
            if (bad) {
                glue("finding_title", "Malicious IP " + ipAddress);
                glue("finding_desc", ipAddress + " is on the list");
                glue("severity", "high");
            }
            """;

    static RunPipeline.Job job(String template, Notebook notebook, String identifier, String parameter) {
        return new RunPipeline.Job(template, notebook, "notebooks/" + template + ".jsh", identifier,
                Map.of(parameter, SuppliedValue.of(identifier)));
    }
}
