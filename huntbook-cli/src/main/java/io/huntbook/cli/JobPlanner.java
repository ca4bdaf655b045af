package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.notebook.Notebook;
import io.huntbook.server.output.OutputNaming;
import io.huntbook.server.output.SafeNames;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.PrepareRequest;
import io.huntbook.notebook.params.Prepared;
import io.huntbook.notebook.params.SuppliedValue;
import io.huntbook.runner.OutputPaths;
import io.huntbook.runner.job.Job;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Turns jobs into runs before anything runs (DESIGN.md §3, validate): the template found under the template roots
 * (or the notebook next to the job file), the notebook's language checked, the parameters coerced to the declared
 * types and injected, and the output named by the §6.E template inside the output folder. Any problem is one line
 * naming the job file.
 */
final class JobPlanner {
    /** DESIGN.md §6.E: the server's default output name, used by {@code run-batch} too. */
    static final String DEFAULT_NAMING = OutputNaming.DEFAULT_TEMPLATE;
    /** Extensions tried, in order, for a template named without one. */
    private static final List<String> TEMPLATE_EXTENSIONS = List.of(".jsh", ".ipynb", ".java");

    /**
     * One validated run: the prepared notebook and where its output goes.
     *
     * @param duplicateOf the job file of an earlier job with the same {@code idempotencyKey}: this one is not run
     */
    record Planned(Job job, String name, Notebook notebook, String inputPath, Path output,
                   @Nullable String duplicateOf) {}

    private final List<Path> templateRoots;
    private final Path outputDir;
    private final String naming;
    private final boolean strict;
    private final Terminal terminal;

    JobPlanner(List<Path> templateRoots, Path outputDir, String naming, boolean strict, Terminal terminal) {
        this.templateRoots = List.copyOf(templateRoots);
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.naming = naming;
        this.strict = strict;
        this.terminal = terminal;
    }

    /** Plans every job; the first bad one is refused before anything runs, and so are two jobs writing one file. */
    List<Planned> planAll(List<Job> jobs, Instant now) {
        List<Planned> planned = new ArrayList<>();
        Map<Path, String> outputs = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (Job job : jobs) {
            Planned run = plan(job, now);
            String first = job.idempotencyKey() == null ? null : keys.putIfAbsent(job.idempotencyKey(), job.source());
            if (first != null) {
                planned.add(new Planned(job, job.source(), run.notebook(), run.inputPath(), run.output(), first));
                continue;
            }
            String other = outputs.putIfAbsent(run.output(), job.source());
            if (other != null) {
                throw new BadInputException(job.source() + ": writes " + run.output() + ", as " + other
                        + " does; put {run_id} or {identifier} in the output name");
            }
            planned.add(run);
        }
        return planned;
    }

    Planned plan(Job job, Instant now) {
        Path source = Path.of(job.source());
        Path input = job.template() != null ? template(job) : notebook(job, source);
        Notebook notebook;
        try {
            notebook = NotebookFiles.read(input);
        } catch (BadInputException e) {
            throw new BadInputException(job.source() + ": " + e.getMessage(), e);
        }
        String language = notebook.language().orElse(null);
        if (language == null || !language.equalsIgnoreCase("java")) {
            throw new BadInputException(job.source() + ": " + input + " is a " + (language == null
                    ? "notebook without a language" : language + " notebook") + "; run-batch runs Java notebooks"
                    + " on the built-in engine");
        }
        String template = stem(input);
        Map<String, SuppliedValue> supplied = new LinkedHashMap<>();
        job.parameters().forEach((name, value) -> supplied.put(name, SuppliedValue.of(value)));
        Path output = output(job, template, now);
        Prepared prepared;
        try {
            prepared = NotebookParameters.prepare(notebook, supplied, new PrepareRequest(input.toString(),
                    output.toString(), false, null, RunCommand.version()));
        } catch (BadInputException e) {
            throw new BadInputException(job.source() + ": " + e.getMessage(), e);
        }
        MavenValidation.pin(prepared.notebook(), Path.of("").toAbsolutePath(), job.source());
        for (String warning : prepared.warnings()) {
            if (strict) {
                throw new BadInputException(job.source() + ": " + warning + " (refused because of --strict)");
            }
            terminal.warn(job.source() + ": " + warning);
        }
        return new Planned(job, job.source(), prepared.notebook(), input.toString(), output, null);
    }

    /** A template is a name under one of the roots: never an absolute path, never a way out of the root. */
    private Path template(Job job) {
        String name = job.template();
        Path relative = Path.of(name).normalize();
        if (relative.isAbsolute() || relative.startsWith("..")) {
            throw new BadInputException(job.source() + ": template '" + name + "' must be a name under the"
                    + " template folders, not a path outside them; use 'notebook:' for a file elsewhere");
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(relative.toString());
        TEMPLATE_EXTENSIONS.forEach(ext -> candidates.add(relative + ext));
        for (Path root : templateRoots) {
            for (String candidate : candidates) {
                Path file = root.resolve(candidate);
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
        }
        throw new BadInputException(job.source() + ": no template '" + name + "' in " + templateRoots
                + "; give --templates DIR or fix the name");
    }

    /** A notebook path is taken relative to the job file's folder. */
    private static Path notebook(Job job, Path source) {
        Path folder = source.toAbsolutePath().getParent();
        Path file = folder == null ? Path.of(job.notebook()) : folder.resolve(job.notebook());
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(job.source() + ": notebook " + file + " does not exist");
        }
        return file;
    }

    private Path output(Job job, String template, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        job.parameters().forEach((name, value) -> fields.put(name, value));
        fields.put("template", template);
        fields.put("identifier", SafeNames.segment(job.identifier() == null ? template : job.identifier()));
        fields.put("run_id", UUID.randomUUID().toString());
        String name = job.output() != null ? job.output() : naming;
        String expanded;
        try {
            expanded = OutputPaths.expand(name, fields, now);
        } catch (BadInputException e) {
            throw new BadInputException(job.source() + ": " + e.getMessage(), e);
        }
        Path output = outputDir.resolve(expanded).normalize();
        if (!output.startsWith(outputDir) || output.equals(outputDir)) {
            throw new BadInputException(job.source() + ": output '" + name + "' leaves the output folder "
                    + outputDir + "; give a relative name without '..'");
        }
        if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ipynb")) {
            output = output.resolveSibling(output.getFileName() + ".ipynb");
        }
        return output;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
