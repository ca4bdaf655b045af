package io.huntbook.runtime.agent;

import io.huntbook.runtime.NotebookRuntime;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jdk.jshell.execution.Util;

/**
 * The agent's entry point: {@code java -cp <notebook class path> io.huntbook.runtime.agent.Agent PORT}. It connects
 * to the host on the loopback interface, runs JShell's execution protocol until the host closes the connection, and
 * then ends. {@code System.exit(n)} in a cell ends the agent with status {@code n} after sending a marker, so the host
 * can tell it from a crash or a kill.
 */
public final class Agent {
    /** Stream names shared with the host (huntbook-kernel). */
    public static final String DISPLAY_STREAM = "hb-display";
    public static final String EXIT_STREAM = "hb-exit";
    /** Each value {@code secret(name)} reveals, sent before the notebook can print it: a 4-byte length, then UTF-8. */
    public static final String SECRET_STREAM = "hb-secret";
    /** The byte the host writes on the agent's standard input to stop the running cell. */
    public static final int STOP = 'S';
    /** The environment variable holding the token the agent sends first, proving it is the agent the host started. */
    public static final String TOKEN_VARIABLE = "HUNTBOOK_AGENT_TOKEN";

    private Agent() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: Agent PORT");
        }
        InputStream control = System.in;
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        socket.setTcpNoDelay(true);
        String token = System.getenv(TOKEN_VARIABLE);
        OutputStream raw = socket.getOutputStream();
        raw.write(((token == null ? "" : token) + "\n").getBytes(StandardCharsets.US_ASCII));
        raw.flush();
        OrderedOutput ordered = new OrderedOutput();
        AgentExecutionControl executionControl = new AgentExecutionControl(ordered::flushQuietly);
        Thread stopper = new Thread(() -> listenForStops(control, executionControl), "huntbook-agent-control");
        stopper.setDaemon(true);
        stopper.start();

        Map<String, Consumer<OutputStream>> outputs = new HashMap<>();
        // Not autoflushing: OrderedOutput decides when bytes travel (see there).
        outputs.put("out", out -> System.setOut(new PrintStream(ordered.view(out), false, StandardCharsets.UTF_8)));
        outputs.put("err", err -> System.setErr(new PrintStream(ordered.view(err), false, StandardCharsets.UTF_8)));
        outputs.put(DISPLAY_STREAM, display -> NotebookRuntime.installSink(new ChannelSink(display)));
        outputs.put(EXIT_STREAM, Agent::markExit);
        outputs.put(SECRET_STREAM, secrets -> NotebookRuntime.installSecretListener(value -> tell(secrets, value)));
        Map<String, Consumer<InputStream>> inputs = new HashMap<>();
        inputs.put("in", System::setIn);
        ordered.flushEvery(25);
        try {
            Util.forwardExecutionControlAndIO(executionControl, socket.getInputStream(),
                    new BufferedOutputStream(raw, 1 << 16), outputs, inputs);
        } finally {
            // The host closed the session. A normal exit (not halt) lets the JVM write its class-data archive; the
            // exit marker is meant for System.exit in user code, so it is switched off first.
            markClosing();
            exitDeadline();
            System.exit(0);
        }
    }

    /**
     * The host may not wait for this JVM to end (a one-off run exits at once): a shutdown hook of the notebook's that
     * never returns must not keep the agent alive, so it halts after {@value #EXIT_DEADLINE_MILLIS} ms regardless (time
     * enough to write the class-data archive on a first run).
     */
    private static void exitDeadline() {
        Thread deadline = new Thread(() -> {
            try {
                Thread.sleep(EXIT_DEADLINE_MILLIS);
            } catch (InterruptedException e) {
                // Halting now is as good.
            }
            Runtime.getRuntime().halt(0);
        }, "huntbook-agent-exit-deadline");
        deadline.setDaemon(true);
        deadline.start();
    }

    static final long EXIT_DEADLINE_MILLIS = 10_000;

    /** Tells the host a revealed secret, so it can redact it; if that fails, the notebook must not get the value. */
    private static void tell(OutputStream secrets, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[4 + bytes.length];
        frame[0] = (byte) (bytes.length >>> 24);
        frame[1] = (byte) (bytes.length >>> 16);
        frame[2] = (byte) (bytes.length >>> 8);
        frame[3] = (byte) bytes.length;
        System.arraycopy(bytes, 0, frame, 4, bytes.length);
        try {
            synchronized (secrets) {
                secrets.write(frame);
                secrets.flush();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot tell the host about a secret, so it is not given out", e);
        }
    }

    /** Set when the host ended the session: the agent is leaving on its own terms. */
    private static volatile boolean closing;
    /** Opens when {@link #closing} is set, for the control listener waiting on it. */
    private static final CountDownLatch CLOSED = new CountDownLatch(1);

    private static void markClosing() {
        closing = true;
        CLOSED.countDown();
    }

    /** Stop requests arrive one byte each; end of input means the host is gone, and so the agent goes too. */
    private static void listenForStops(InputStream control, AgentExecutionControl executionControl) {
        try {
            int b;
            while ((b = control.read()) != -1) {
                if (b == STOP) {
                    executionControl.stop();
                }
            }
        } catch (IOException | RuntimeException | jdk.jshell.spi.ExecutionControl.ExecutionControlException e) {
            // Fall through: without its control channel the agent cannot be stopped, so it must not outlive the host.
        }
        // End of input: the host is gone, or it closed the session and then this input (its close command may still
        // be on its way to the main thread, which then exits normally, running the notebook's shutdown hooks).
        try {
            CLOSED.await(CLOSE_WAIT_NANOS, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            // Decide now.
        }
        if (!closing) {
            Runtime.getRuntime().halt(0);
        }
    }

    private static final long CLOSE_WAIT_NANOS = 500_000_000L;

    /** A shutdown hook tells the host that the JVM is exiting through System.exit (Runtime.halt skips hooks). */
    private static void markExit(OutputStream exit) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (closing) {
                return;
            }
            try {
                System.out.flush();
                System.err.flush();
                exit.write('X');
                exit.flush();
            } catch (IOException e) {
                // The host is gone; nothing to tell.
            }
        }, "huntbook-agent-exit"));
    }
}
