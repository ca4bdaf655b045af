package io.huntbook.runner;

import io.huntbook.notebook.ErrorOutput;
import io.huntbook.notebook.Output;
import io.huntbook.notebook.RichOutput;
import io.huntbook.notebook.StreamOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Copies of a run's outputs as they happen: papermill's {@code --stdout-file} and {@code --stderr-file} (the cells'
 * stream text), and {@code --log-output} (every output, as text, on the log stream).
 */
public final class StreamCopies implements RunListener, AutoCloseable {
    private final @Nullable PrintStream stdout;
    private final @Nullable PrintStream stderr;
    private final @Nullable PrintStream log;

    private StreamCopies(@Nullable PrintStream stdout, @Nullable PrintStream stderr, @Nullable PrintStream log) {
        this.stdout = stdout;
        this.stderr = stderr;
        this.log = log;
    }

    /** Copies to the given files (either may be null) and, when {@code log} is not null, logs every output there. */
    public static StreamCopies to(@Nullable Path stdoutFile, @Nullable Path stderrFile, @Nullable PrintStream log) {
        return new StreamCopies(open(stdoutFile), open(stderrFile), log);
    }

    private static @Nullable PrintStream open(@Nullable Path file) {
        if (file == null) {
            return null;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            OutputStream out = Files.newOutputStream(file);
            return new PrintStream(out, true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void output(int index, Output output) {
        if (output instanceof StreamOutput stream) {
            PrintStream target = stream.name().equals("stderr") ? stderr : stdout;
            if (target != null) {
                target.print(stream.text());
            }
        }
        if (log != null) {
            String text = switch (output) {
                case StreamOutput s -> s.text();
                case RichOutput r -> r.text("text/plain").orElse("[" + String.join(", ", r.mimeTypes()) + "]") + "\n";
                case ErrorOutput e -> e.ename() + ": " + e.evalue() + "\n";
                default -> "";
            };
            synchronized (log) {
                log.print(text);
                log.flush();
            }
        }
    }

    @Override
    public void close() {
        if (stdout != null) {
            stdout.close();
        }
        if (stderr != null) {
            stderr.close();
        }
    }
}
