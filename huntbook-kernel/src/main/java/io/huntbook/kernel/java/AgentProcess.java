package io.huntbook.kernel.java;

import io.huntbook.runtime.agent.Agent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The agent JVM: started with the notebook's class path, connected back over loopback, proving itself with a random
 * token (so another local process cannot take its place), stopped through its standard input and killed when it must
 * be. Started before JShell is built, so the two start-ups overlap.
 */
final class AgentProcess {
    private final Process process;
    private final ServerSocket server;
    private final String token;
    private final OutputStream control;

    private AgentProcess(Process process, ServerSocket server, String token) {
        this.process = process;
        this.server = server;
        this.token = token;
        this.control = process.getOutputStream();
    }

    static AgentProcess launch(EngineOptions options, List<Path> classPath) {
        ServerSocket server = null;
        try {
            server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String token = HexFormat.of().formatHex(random);
            List<String> command = new ArrayList<>();
            command.add(options.javaHome().resolve("bin").resolve("java").toString());
            command.addAll(jvmOptions(options, classPath));
            command.add("-cp");
            command.add(classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
            command.add(Agent.class.getName());
            command.add(Integer.toString(server.getLocalPort()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(options.workingDirectory().toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put(Agent.TOKEN_VARIABLE, token);
            return new AgentProcess(builder.start(), server, token);
        } catch (IOException e) {
            closeQuietly(server);
            throw new EngineException("cannot start the Java agent with " + options.javaHome() + ": " + e.getMessage(),
                    e);
        }
    }

    private static List<String> jvmOptions(EngineOptions options, List<Path> classPath) {
        List<String> jvm = new ArrayList<>();
        jvm.add("-Xmx" + options.maxHeap());
        jvm.add("-XX:+UseSerialGC");
        jvm.add("-XX:TieredStopAtLevel=1");
        jvm.add("-Xshare:auto");
        jvm.add("-Xss8m");
        jvm.add("-Djava.awt.headless=true");
        jvm.add("-Dstdout.encoding=UTF-8");
        jvm.add("-Dstderr.encoding=UTF-8");
        jvm.add("-Dfile.encoding=UTF-8");
        if (options.configFile() != null) {
            jvm.add("-Dhuntbook.config=" + options.configFile().toAbsolutePath());
        }
        String dataHome = System.getProperty("huntbook.home");
        if (dataHome != null && !dataHome.isBlank()) {
            // The host's data folder override (embedding programs, tests) holds for notebook code too.
            jvm.add("-Dhuntbook.home=" + dataHome);
        }
        Path archive = cdsArchive(options, classPath);
        if (archive != null) {
            // Class-data sharing for the agent's own classes: the first run writes the archive, later runs map it.
            jvm.add("-XX:SharedArchiveFile=" + archive);
            jvm.add("-XX:+AutoCreateSharedArchive");
            jvm.add("-Xlog:cds=off");
            jvm.add("-Xlog:cds+dynamic=off");
        }
        jvm.addAll(options.agentJvmOptions());
        return jvm;
    }

    private static @Nullable Path cdsArchive(EngineOptions options, List<Path> classPath) {
        Path directory = options.cacheDirectory();
        if (directory == null) {
            return null;
        }
        try {
            Files.createDirectories(directory);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(options.javaHome().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(System.getProperty("java.version", "").getBytes(StandardCharsets.UTF_8));
            for (Path entry : classPath) {
                digest.update(entry.toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Long.toString(modified(entry)).getBytes(StandardCharsets.UTF_8));
            }
            String key = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
            return directory.resolve("agent-" + key + ".jsa");
        } catch (IOException | NoSuchAlgorithmException e) {
            return null; // no archive: a slower start, not a failure
        }
    }

    private static long modified(Path entry) {
        try {
            return Files.getLastModifiedTime(entry).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits for the agent to connect and prove itself with the token. */
    Socket accept(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try (server) {
            while (true) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || !process.isAlive()) {
                    throw new EngineException(process.isAlive()
                            ? "the Java agent did not connect within " + timeoutMillis + " ms"
                            : "the Java agent ended at start with status " + exitStatus(1000)
                                    + " (is the class path complete and the -Xmx value valid?)");
                }
                server.setSoTimeout((int) Math.min(left, 200));
                Socket socket;
                try {
                    socket = server.accept();
                } catch (SocketTimeoutException e) {
                    continue;
                }
                socket.setTcpNoDelay(true);
                if (proves(socket)) {
                    return socket;
                }
                socket.close();
            }
        } catch (IOException e) {
            kill();
            throw new EngineException("cannot connect to the Java agent: " + e.getMessage(), e);
        } catch (EngineException e) {
            kill();
            throw e;
        }
    }

    private boolean proves(Socket socket) throws IOException {
        socket.setSoTimeout(2000);
        InputStream in = socket.getInputStream();
        byte[] expected = (token + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] got = in.readNBytes(expected.length);
        socket.setSoTimeout(0);
        return MessageDigest.isEqual(expected, got);
    }

    /** Asks the agent to stop the running cell (its instrumented loops then throw). */
    void requestStop() {
        try {
            synchronized (control) {
                control.write(Agent.STOP);
                control.flush();
            }
        } catch (IOException e) {
            // The agent is gone already; the caller finds out from alive().
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * Kills the agent if it has not ended within {@code grace}, without waiting here (while this JVM lives; the agent
     * also halts itself after a deadline once told to close).
     */
    void killUnlessEndedWithin(java.time.Duration grace) {
        process.onExit().orTimeout(grace.toMillis(), TimeUnit.MILLISECONDS).exceptionally(timeout -> {
            kill();
            return process;
        });
    }

    /**
     * Ends the agent's control input. Once JShell has told it to close, this lets its control thread end instead of
     * sitting in a native read, which the JVM's exit would otherwise wait a few hundred milliseconds for.
     */
    void endControl() {
        try {
            synchronized (control) {
                control.close();
            }
        } catch (IOException e) {
            // Gone already.
        }
    }

    /** Kills the agent and whatever it started. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** The exit status, waiting up to {@code millis} for the agent to end; -1 when it is still running. */
    int exitStatus(long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    long pid() {
        return process.pid();
    }

    private static void closeQuietly(@Nullable ServerSocket server) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // Nothing to release beyond the port.
            }
        }
    }
}
