package io.huntbook.kernel.java;

import io.huntbook.kernel.magic.CellMagics;
import io.huntbook.kernel.magic.MagicException;
import io.huntbook.runtime.agent.Agent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;
import org.jspecify.annotations.Nullable;

/** The Java engine: JShell on the host, user code in the agent. One cell at a time. */
final class JShellEngine implements JavaEngine, InteractiveEngine {
    /**
     * What every engine evaluates first: JShell's usual imports, java.time, and the runtime (whose static import
     * brings {@code hb}, a field of {@code NotebookRuntime}; {@link #SESSION_IMPORT} replaces it when it can).
     */
    static final List<String> PRELUDE = List.of(
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.time.*;",
            "import java.io.*;",
            "import java.nio.file.*;",
            "import java.math.*;",
            "import static io.huntbook.runtime.NotebookRuntime.*;");
    /**
     * Added to the prelude when huntbook-session is on the notebook class path: its {@code hb} (queries, threat intel,
     * GeoIP, ...) shadows the runtime's minimal one, since a single static import wins over an on-demand one.
     */
    static final String SESSION_IMPORT = "import static io.huntbook.session.Session.hb;";

    private final EngineOptions options;
    private final AgentProcess agent;
    private final AgentExecutionProvider provider;
    private final JShell jshell;
    private final TextCollector stdout;
    private final TextCollector stderr;
    private final AtomicBoolean exitMarked = new AtomicBoolean();
    private final Map<String, Tracebacks.Origin> origins = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;
    private final Object executing = new Object();
    /** The secrets the notebook revealed; every output passes through it. */
    private final Redactor redactor = new Redactor();
    /** Per text stream, the redacted tail held back because a secret may continue in the next packet. */
    private final Map<String, StringBuilder> heldText = new LinkedHashMap<>();
    private volatile OutputListener listener = output -> { };
    private final SwitchableStdin stdin = new SwitchableStdin();
    private final CellMagics magics;
    private int executionCount;
    private volatile boolean closed;

    private JShellEngine(EngineOptions options, AgentProcess agent, List<Path> classPath) {
        this.options = options;
        this.agent = agent;
        this.stdout = new TextCollector("stdout", options.maxOutputChars(), this::publish);
        this.stderr = new TextCollector("stderr", options.maxOutputChars(), this::publish);
        OutputStream exit = new OutputStream() {
            @Override
            public void write(int b) {
                exitMarked.set(true);
            }
        };
        this.provider = new AgentExecutionProvider(agent, options.startTimeout().toMillis(),
                Map.of(Agent.DISPLAY_STREAM, new DisplayCollector(this::publish), Agent.EXIT_STREAM, exit,
                        Agent.SECRET_STREAM, redactor));
        this.jshell = JShell.builder()
                .executionEngine(provider, Map.of())
                .out(new PrintStream(stdout, true, StandardCharsets.UTF_8))
                .err(new PrintStream(stderr, true, StandardCharsets.UTF_8))
                .in(stdin)
                .fileManager(standard -> new NotebookFileManager(standard, classPath, options.codeAssist()))
                .build();
        this.magics = new CellMagics(options.magics(), options.workingDirectory(), classPath);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "huntbook-engine-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    static JShellEngine start(EngineOptions options) {
        List<Path> classPath = notebookClassPath(options);
        AgentProcess agent = AgentProcess.launch(options, classPath);
        JShellEngine engine = null;
        try {
            engine = new JShellEngine(options, agent, classPath);
            engine.prelude(classPath);
            // The prelude may not have needed the agent; a started engine is a connected one.
            engine.provider.control();
            return engine;
        } catch (RuntimeException | Error e) {
            // JShell reports the compiler's own failures as InternalError: the agent must not outlive those either.
            agent.kill();
            EngineException connectFailure = engine == null ? null : engine.provider.connectFailure();
            if (connectFailure != null) {
                throw connectFailure;
            }
            if (e instanceof EngineException engineFailure) {
                throw engineFailure;
            }
            throw new EngineException("cannot start the Java engine: " + e.getMessage(), e);
        }
    }

    /** The runtime first, then the configured entries, without duplicates. */
    static List<Path> notebookClassPath(EngineOptions options) {
        LinkedHashSet<Path> entries = new LinkedHashSet<>();
        entries.add(NotebookClassPath.runtimeLocation());
        for (Path entry : options.classPath()) {
            entries.add(entry.toAbsolutePath());
        }
        return List.copyOf(entries);
    }

    private void prelude(List<Path> classPath) {
        List<String> snippets = new ArrayList<>(PRELUDE);
        if (NotebookClassPath.hasSession(classPath)) {
            snippets.add(SESSION_IMPORT);
        }
        for (String snippet : snippets) {
            for (SnippetEvent event : jshell.eval(snippet)) {
                if (event.causeSnippet() == null
                        && (event.status() == Snippet.Status.REJECTED || event.exception() != null)) {
                    String diagnostics = jshell.diagnostics(event.snippet())
                            .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("; "));
                    throw new EngineException("the engine's prelude failed at '" + snippet + "': "
                            + (diagnostics.isEmpty() ? String.valueOf(event.exception()) : diagnostics)
                            + " (is huntbook-runtime on the notebook class path?)");
                }
            }
        }
    }

    @Override
    public CellOutcome execute(String code, OutputListener cellListener, @Nullable Duration timeout) {
        synchronized (executing) {
            int count = ++executionCount;
            if (closed || !agent.alive()) {
                return dead(cellListener, count, false);
            }
            listener = cellListener;
            stdout.reset();
            stderr.reset();
            AtomicBoolean timedOut = new AtomicBoolean();
            AtomicBoolean running = new AtomicBoolean(true);
            List<ScheduledFuture<?>> timers = new ArrayList<>();
            if (timeout != null) {
                long millis = Math.max(timeout.toMillis(), 1);
                // Stop requests repeat: one that arrives while the snippet still compiles finds no code to stop.
                timers.add(watchdog.scheduleAtFixedRate(() -> {
                    if (running.get()) {
                        timedOut.set(true);
                        agent.requestStop();
                    }
                }, millis, 100, TimeUnit.MILLISECONDS));
                // A cell stuck outside instrumented code (native calls, library loops) does not stop: kill it.
                timers.add(watchdog.schedule(() -> {
                    if (running.get()) {
                        agent.kill();
                    }
                }, millis + options.stopGrace().toMillis(), TimeUnit.MILLISECONDS));
            }
            try {
                CellOutcome outcome = redacted(run(code, count, timedOut));
                running.set(false);
                releaseHeldText();
                note(stdout.reset(), "stdout");
                note(stderr.reset(), "stderr");
                // An error the cell raised by itself stands; otherwise a cell that ran out of time timed out.
                if (timedOut.get() && outcome.status() != CellOutcome.Status.ERROR) {
                    return timedOut(count, timeout);
                }
                return outcome;
            } finally {
                running.set(false);
                timers.forEach(timer -> timer.cancel(false));
                listener = output -> { };
            }
        }
    }

    private CellOutcome run(String cell, int count, AtomicBoolean timedOut) {
        String code;
        try {
            code = magics.expand(cell, path -> jshell.addToClasspath(path.toString()),
                    note -> publish(new EngineOutput.Stream("stderr", note)));
        } catch (MagicException e) {
            publish(new EngineOutput.Error("MagicError", e.getMessage(), List.of("MagicError: " + e.getMessage())));
            return new CellOutcome(CellOutcome.Status.ERROR, count, 0, e.getMessage());
        }
        List<CellSplitter.Piece> pieces;
        try {
            pieces = CellSplitter.mergePlainStatements(CellSplitter.split(jshell.sourceCodeAnalysis(), code), code);
        } catch (IllegalStateException e) {
            return ended(count, timedOut);
        }
        for (int i = 0; i < pieces.size(); i++) {
            CellSplitter.Piece piece = pieces.get(i);
            Tracebacks.Origin origin = new Tracebacks.Origin(count, code, piece.offset(), piece.inserted());
            boolean last = i == pieces.size() - 1;
            VarSnippet shown = last ? definedVariable(piece.source().strip()) : null;
            if (shown != null) {
                // A cell ending in a variable's name shows its value: read it instead of compiling an expression
                // (three compiler runs) that JShell would evaluate to the same text.
                String value;
                try {
                    value = jshell.varValue(shown);
                } catch (IllegalStateException e) {
                    return ended(count, timedOut);
                }
                result(shown.name(), value, count);
                continue;
            }
            List<SnippetEvent> events;
            try {
                events = jshell.eval(piece.source());
            } catch (IllegalStateException e) {
                return ended(count, timedOut);
            }
            if (!agent.alive() || timedOut.get() || provider.control().terminated()) {
                return ended(count, timedOut);
            }
            SnippetEvent main = mainEvent(events);
            if (main == null) {
                continue;
            }
            origins.put(main.snippet().id(), origin);
            if (main.status() == Snippet.Status.REJECTED) {
                publish(Tracebacks.compileError(jshell.diagnostics(main.snippet()).toList(), origin));
                return new CellOutcome(CellOutcome.Status.ERROR, count, 0, "compilation error");
            }
            if (main.exception() != null) {
                EngineOutput.Error error = Tracebacks.exception(main.exception(), origins);
                publish(error);
                dropIfSpent(main.snippet());
                return new CellOutcome(CellOutcome.Status.ERROR, count, 0,
                        error.ename() + (error.evalue().isEmpty() ? "" : ": " + error.evalue()));
            }
            if (last) {
                result(main, count);
            }
            dropIfSpent(main.snippet());
        }
        return new CellOutcome(CellOutcome.Status.OK, count, 0, "");
    }

    /**
     * Drops a snippet that nothing can refer to once it has run: a statement, or the hidden variable ({@code $1},
     * ...) holding a cell's final value, which the notebook never names. JShell weighs every active snippet on
     * every later evaluation (a statement costs about twice as much after a few hundred cells), while a dropped one
     * costs nothing. Its classes stay loaded in the agent, so a lambda it created still runs, and its traceback
     * origin is kept.
     */
    private void dropIfSpent(Snippet snippet) {
        boolean spent = snippet.kind() == Snippet.Kind.STATEMENT || snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
        if (!spent) {
            return;
        }
        try {
            if (jshell.status(snippet) == Snippet.Status.VALID) {
                jshell.drop(snippet);
            }
        } catch (IllegalStateException e) {
            // JShell closed under us (the agent died or the engine is closing): the cell's outcome says so already.
        }
    }

    private static @Nullable SnippetEvent mainEvent(List<SnippetEvent> events) {
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null) {
                return event;
            }
        }
        return null;
    }

    /** The variable {@code source} names, when it is exactly a name and the variable is defined; else null. */
    private @Nullable VarSnippet definedVariable(String source) {
        if (!javax.lang.model.SourceVersion.isIdentifier(source) || javax.lang.model.SourceVersion.isKeyword(source)) {
            return null;
        }
        return jshell.variables()
                .filter(variable -> variable.name().equals(source))
                .filter(variable -> jshell.status(variable) == Snippet.Status.VALID)
                .findFirst().orElse(null);
    }

    /** The value of a final expression as {@code execute_result}, in its rich form when the agent can render it. */
    private void result(SnippetEvent event, int count) {
        Snippet snippet = event.snippet();
        String variable = null;
        if (snippet instanceof VarSnippet var && var.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            variable = var.name();
        } else if (snippet instanceof ExpressionSnippet expression
                && expression.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND) {
            variable = expression.name();
        }
        if (variable != null) {
            result(variable, event.value(), count);
        }
    }

    /** The value of {@code variable}, whose JShell text is {@code value}, as {@code execute_result}. */
    private void result(String variable, @Nullable String value, int count) {
        if (value == null || value.equals("null")) {
            return;
        }
        Map<String, Object> bundle = null;
        try {
            Object rendered = provider.control().extensionCommand("hb.render", variable);
            if (rendered instanceof String json) {
                bundle = DisplayCollector.parse(json);
            }
        } catch (Exception e) {
            bundle = null; // JShell's text of the value is shown instead
        }
        if (bundle == null || !(bundle.get("data") instanceof Map<?, ?> rich) || rich.size() <= 1) {
            // Plain values read best in JShell's own form: strings quoted, arrays with their contents.
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("text/plain", value);
            publish(new EngineOutput.Result(data, Map.of(), count));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) rich;
        @SuppressWarnings("unchecked")
        Map<String, Object> metadata = (Map<String, Object>) bundle.getOrDefault("metadata", Map.of());
        publish(new EngineOutput.Result(data, metadata, count));
    }

    /** The agent is gone, or the cell timed out: say which. */
    private CellOutcome ended(int count, AtomicBoolean timedOut) {
        if (timedOut.get()) {
            return new CellOutcome(CellOutcome.Status.TIMED_OUT, count, 0, "timed out");
        }
        return dead(listener, count, true);
    }

    private CellOutcome dead(OutputListener target, int count, boolean justNow) {
        if (justNow) {
            releaseHeldText();
        }
        int status = agent.exitStatus(5000);
        closed = true;
        if (justNow && exitMarked.get()) {
            String evalue = Integer.toString(status);
            target.output(new EngineOutput.Error("SystemExit", evalue,
                    List.of("\u001b[0;31mSystemExit\u001b[0m: " + evalue + " (System.exit was called)")));
            return new CellOutcome(CellOutcome.Status.EXITED, count, status, "System.exit(" + status + ")");
        }
        String message = justNow
                ? "the Java agent died (exit status " + status + "): a crash, Runtime.halt, or a kill"
                : "the Java agent is no longer running";
        target.output(new EngineOutput.Error("DeadKernelError", message,
                List.of("\u001b[0;31mDeadKernelError\u001b[0m: " + message)));
        return new CellOutcome(CellOutcome.Status.DIED, count, status, message);
    }

    private CellOutcome timedOut(int count, @Nullable Duration timeout) {
        long seconds = timeout == null ? 0 : Math.max(1, timeout.toSeconds());
        String message = "A cell timed out while it was being executed, after " + seconds + " seconds.";
        boolean killed = !agent.alive();
        if (killed) {
            closed = true;
        }
        publish(new EngineOutput.Error("TimeoutError", message, List.of("\u001b[0;31mTimeoutError\u001b[0m: "
                + message + (killed ? " The agent did not stop and was killed." : " The cell was stopped."))));
        return new CellOutcome(CellOutcome.Status.TIMED_OUT, count, 0, message);
    }

    private void note(@Nullable String note, String stream) {
        if (note != null) {
            listener.output(new EngineOutput.Stream(stream, note));
        }
    }

    private void publish(EngineOutput output) {
        if (output instanceof EngineOutput.Error) {
            releaseHeldText();
            // Say what was dropped before the error, which is the cell's last output.
            note(stdout.reset(), "stdout");
            note(stderr.reset(), "stderr");
        }
        if (!redactor.active()) {
            listener.output(output);
            return;
        }
        synchronized (heldText) {
            switch (output) {
                case EngineOutput.Stream stream -> publishText(stream.name(), stream.text());
                case EngineOutput.Display display -> {
                    releaseHeldText();
                    listener.output(new EngineOutput.Display(redactor.redactMap(display.data()),
                            redactor.redactMap(display.metadata()), display.displayId(), display.update()));
                }
                case EngineOutput.Result result -> {
                    releaseHeldText();
                    listener.output(new EngineOutput.Result(redactor.redactMap(result.data()),
                            redactor.redactMap(result.metadata()), result.executionCount()));
                }
                case EngineOutput.Error error -> listener.output(new EngineOutput.Error(redactor.redact(error.ename()),
                        redactor.redact(error.evalue()), redactor.redact(error.traceback())));
            }
        }
    }

    /**
     * Text once secrets are known: redacted, with the last characters (one fewer than the longest secret) held back
     * until more text comes or the cell ends, so a secret split between two packets is still found whole.
     */
    private void publishText(String name, String text) {
        for (Map.Entry<String, StringBuilder> other : heldText.entrySet()) {
            if (!other.getKey().equals(name)) {
                release(other.getKey(), other.getValue());
            }
        }
        StringBuilder held = heldText.computeIfAbsent(name, key -> new StringBuilder());
        held.append(text);
        String redacted = redactor.redact(held.toString());
        int keep = Math.min(redacted.length(), Math.max(redactor.longest() - 1, 0));
        held.setLength(0);
        held.append(redacted, redacted.length() - keep, redacted.length());
        if (keep < redacted.length()) {
            listener.output(new EngineOutput.Stream(name, redacted.substring(0, redacted.length() - keep)));
        }
    }

    private void releaseHeldText() {
        synchronized (heldText) {
            heldText.forEach(this::release);
        }
    }

    private void release(String name, StringBuilder held) {
        if (!held.isEmpty()) {
            String text = redactor.redact(held.toString());
            held.setLength(0);
            listener.output(new EngineOutput.Stream(name, text));
        }
    }

    private CellOutcome redacted(CellOutcome outcome) {
        return redactor.active() ? new CellOutcome(outcome.status(), outcome.executionCount(),
                outcome.exitStatus(), redactor.redact(outcome.message())) : outcome;
    }

    @Override
    public void stop() {
        agent.requestStop();
    }

    @Override
    public boolean alive() {
        return !closed && agent.alive();
    }

    @Override
    public Map<String, Object> languageInfo() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("file_extension", ".jsh");
        info.put("mimetype", "text/x-java-source");
        info.put("name", "java");
        info.put("version", javaVersion(options.javaHome()));
        return info;
    }

    static String javaVersion(Path javaHome) {
        // The feature version, as Huntbook's notebooks declare it (LanguageInfo.java()).
        if (javaHome.equals(Path.of(System.getProperty("java.home")))) {
            return Integer.toString(Runtime.version().feature());
        }
        try {
            for (String line : java.nio.file.Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return line.substring("JAVA_VERSION=".length()).replace("\"", "").split("\\.")[0];
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }

    @Override
    public void close() {
        closed = true;
        watchdog.shutdownNow();
        try {
            jshell.close();
        } catch (RuntimeException e) {
            // The agent may be gone already.
        }
        agent.endControl();
        // The agent leaves by itself (writing its class-data archive the first time); a stuck one is killed.
        if (!options.awaitAgentExit()) {
            agent.killUnlessEndedWithin(options.stopGrace());
            return;
        }
        if (agent.exitStatus(options.stopGrace().toMillis()) < 0) {
            agent.kill();
        }
    }

    @Override
    public Completeness completeness(String code) {
        return CodeAssist.completeness(jshell.sourceCodeAnalysis(), code);
    }

    @Override
    public Completions complete(String code, int cursor) {
        return CodeAssist.complete(jshell.sourceCodeAnalysis(), code, cursor);
    }

    @Override
    public List<String> documentation(String code, int cursor, boolean detail) {
        return CodeAssist.documentation(jshell.sourceCodeAnalysis(), code, cursor, detail);
    }

    @Override
    public void stdin(@Nullable InputStream source) {
        stdin.source(source);
    }
}
