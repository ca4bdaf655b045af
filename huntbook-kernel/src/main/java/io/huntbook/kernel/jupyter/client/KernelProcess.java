package io.huntbook.kernel.jupyter.client;

import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One launched kernel process: its connection file, its log (stdout and stderr) and its life. */
final class KernelProcess {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Process process;
    private final Path connectionFile;
    private final Path log;

    private KernelProcess(Process process, Path connectionFile, Path log) {
        this.process = process;
        this.connectionFile = connectionFile;
        this.log = log;
    }

    static KernelProcess launch(KernelSpec spec, ConnectionInfo connection, LaunchOptions options) {
        Path connectionFile = null;
        Path log = null;
        try {
            Path runtime = runtimeDirectory(options.environment());
            String id = UUID.randomUUID().toString();
            connectionFile = runtime.resolve("kernel-huntbook-" + id + ".json");
            connection.write(connectionFile);
            log = Files.createTempFile("huntbook-kernel-", ".log");
            List<String> command = new ArrayList<>();
            for (String arg : spec.argv()) {
                command.add(arg.replace("{connection_file}", connectionFile.toString())
                        .replace("{resource_dir}", spec.resourceDirectory().toString()));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(options.workingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            Map<String, String> env = builder.environment();
            env.clear();
            env.putAll(options.environment());
            spec.env().forEach((name, value) -> env.put(name, substitute(value, options.environment())));
            // As jupyter_client does: the kernel ends by itself when its launcher goes away.
            env.put("JPY_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
            return new KernelProcess(builder.start(), connectionFile, log);
        } catch (IOException e) {
            delete(connectionFile);
            delete(log);
            throw new EngineException("cannot start the kernel '" + spec.name() + "' (" + spec.argv().get(0) + "): "
                    + e.getMessage(), e);
        }
    }

    /** {@code ${NAME}} in a spec's env value replaced from the launcher's environment, as jupyter_client does. */
    static String substitute(String value, Map<String, String> environment) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = environment.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    private static Path runtimeDirectory(Map<String, String> environment) throws IOException {
        String configured = environment.get("JUPYTER_RUNTIME_DIR");
        Path dir = configured != null && !configured.isEmpty() ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "huntbook-" + System.getProperty("user.name"),
                        "jupyter-runtime");
        Files.createDirectories(dir);
        return dir;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The exit status, waiting at most {@code millis}; -1 while it still runs. */
    int exitStatus(long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** What the kernel printed (its last {@code maxChars} characters). */
    String logTail(int maxChars) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return text.length() <= maxChars ? text : text.substring(text.length() - maxChars);
        } catch (IOException e) {
            return "";
        }
    }

    /** SIGINT, as jupyter_client interrupts kernels whose interrupt mode is {@code signal}. */
    void signalInterrupt() {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new EngineException("cannot interrupt the kernel (pid " + process.pid() + "): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for the process to end by itself, then terminates and kills it; removes its files. */
    void end(long graceMillis) {
        if (exitStatus(graceMillis) < 0) {
            process.destroy();
            if (exitStatus(2000) < 0) {
                process.destroyForcibly();
                exitStatus(5000);
            }
        }
        delete(connectionFile);
        delete(log);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temporary file harms nobody.
            }
        }
    }
}
