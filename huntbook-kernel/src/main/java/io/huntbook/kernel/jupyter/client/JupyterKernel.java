package io.huntbook.kernel.jupyter.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.CellEngine;
import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.java.EngineOutput;
import io.huntbook.kernel.java.OutputListener;
import io.huntbook.kernel.jupyter.wire.Channel;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import io.huntbook.kernel.jupyter.wire.Message;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jupyter kernel driven as nbclient drives it: launched from its kernelspec with a fresh connection file (launched
 * again on new ports when it cannot bind them), ready once it answers {@code kernel_info} and its iopub channel
 * delivers, cells executed one at a time with their iopub messages turned into outputs, a timed-out cell
 * interrupted, a dead process or silent heartbeat reported as a dead kernel. Not thread-safe except
 * {@link #stop()} and {@link #interrupt()}, which may come from any thread.
 */
public final class JupyterKernel implements CellEngine {
    private static final Logger LOG = LoggerFactory.getLogger(JupyterKernel.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** After the reply, how long the idle status may lag (nbclient's iopub_timeout). */
    private static final long IOPUB_LAG_MILLIS = 4000;
    /** Generous: a loaded machine must not turn a slow answer into a dead kernel. */
    private static final long HEARTBEAT_LOST_MILLIS = 30_000;

    private final String name;
    private final @Nullable KernelSpec spec;
    private final LaunchOptions options;
    private final String session = UUID.randomUUID().toString();
    private volatile Connection connection;
    private ObjectNode kernelInfo;
    private volatile boolean closed;

    private JupyterKernel(String name, @Nullable KernelSpec spec, LaunchOptions options) {
        this.name = name;
        this.spec = spec;
        this.options = options;
    }

    /**
     * Launches the kernel of {@code spec} and waits until it is ready.
     *
     * @throws EngineException when it cannot start within the start timeout, or exits while starting
     */
    public static JupyterKernel start(KernelSpec spec, LaunchOptions options) {
        JupyterKernel kernel = new JupyterKernel(spec.name(), spec, options);
        kernel.launch();
        return kernel;
    }

    /** Attaches to a kernel that is already running (Huntbook did not launch it and will not end its process). */
    public static JupyterKernel connect(ConnectionInfo info, LaunchOptions options) {
        JupyterKernel kernel = new JupyterKernel(info.kernelName().isEmpty() ? "kernel" : info.kernelName(), null,
                options);
        Connection attached = new Connection(info, null, HEARTBEAT_LOST_MILLIS, kernel.session);
        try {
            kernel.kernelInfo = kernel.awaitReady(attached, System.nanoTime() + options.startTimeout().toNanos());
        } catch (RuntimeException e) {
            attached.close();
            throw e;
        }
        kernel.connection = attached;
        return kernel;
    }

    private void launch() {
        KernelSpec kernelSpec = java.util.Objects.requireNonNull(spec);
        long deadline = System.nanoTime() + options.startTimeout().toNanos();
        String conflicts = "";
        for (int attempt = 1; attempt <= options.attempts(); attempt++) {
            ConnectionInfo info = ConnectionInfo.loopback(PortAllocator.take(5), kernelSpec.name());
            KernelProcess process = KernelProcess.launch(kernelSpec, info, options);
            Connection candidate = new Connection(info, process, HEARTBEAT_LOST_MILLIS, session);
            try {
                kernelInfo = awaitReady(candidate, deadline);
                connection = candidate;
                return;
            } catch (PortConflict e) {
                LOG.info("kernel {} could not bind its ports (attempt {}): {}", name, attempt, e.getMessage());
                conflicts = e.getMessage();
                candidate.close();
                process.end(0);
            } catch (RuntimeException e) {
                candidate.close();
                process.end(0);
                throw e;
            }
        }
        throw new EngineException("the kernel '" + name + "' could not bind its ports in " + options.attempts()
                + " attempts: " + conflicts);
    }

    /** A kernel that exited while starting because a port it was given was taken meanwhile. */
    private static final class PortConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortConflict(String message) {
            super(message, null, false, false);
        }
    }

    /** Asks for kernel_info until it is answered and iopub has delivered a message; returns the reply's content. */
    private ObjectNode awaitReady(Connection candidate, long deadline) {
        Message request = null;
        long sentAt = 0;
        ObjectNode reply = null;
        boolean iopubSeen = false;
        while (reply == null || !iopubSeen) {
            long now = System.nanoTime();
            if (candidate.process != null && !candidate.process.alive()) {
                int status = candidate.process.exitStatus(1000);
                String log = candidate.process.logTail(4000);
                if (log.contains("Address already in use") || log.contains("EADDRINUSE")) {
                    throw new PortConflict(lastLine(log));
                }
                throw new EngineException("the kernel '" + name + "' exited with status " + status
                        + " while starting" + (log.isBlank() ? "" : ": " + lastLine(log)));
            }
            if (now - deadline > 0) {
                throw new EngineException("the kernel '" + name + "' did not start within "
                        + options.startTimeout().toSeconds() + " seconds (raise --start-timeout)");
            }
            // Resent until iopub delivers: a SUB socket misses what is published before its subscription lands.
            if (request == null || now - sentAt > 500_000_000L) {
                request = Message.create(session, "kernel_info_request", null, JSON.createObjectNode());
                candidate.shell.send(request);
                sentAt = now;
            }
            Optional<Connection.Incoming> incoming = candidate.next(50);
            if (incoming.isEmpty()) {
                continue;
            }
            Message message = incoming.get().message();
            if (incoming.get().channel() == Channel.IOPUB) {
                iopubSeen = true;
            } else if (incoming.get().channel() == Channel.SHELL && message.type().equals("kernel_info_reply")) {
                reply = message.content();
            }
        }
        return reply;
    }

    private static String lastLine(String log) {
        List<String> lines = log.strip().lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
    }

    /** The kernel's {@code kernel_info_reply} content. */
    public ObjectNode kernelInfo() {
        return kernelInfo.deepCopy();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> languageInfo() {
        return JSON.convertValue(kernelInfo.path("language_info"), Map.class);
    }

    @Override
    public CellOutcome execute(String code, OutputListener listener, @Nullable Duration timeout) {
        Connection current = connection;
        if (closed || current == null || !current.alive()) {
            return died(current, listener, 0);
        }
        ObjectNode content = JSON.createObjectNode();
        content.put("code", code);
        content.put("silent", false);
        content.put("store_history", true);
        content.putObject("user_expressions");
        content.put("allow_stdin", false);
        content.put("stop_on_error", true);
        Message request = Message.create(session, "execute_request", null, content);
        if (!current.shell.send(request)) {
            return died(current, listener, 0);
        }
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        Exchange exchange = new Exchange(request.id(), listener);
        while (!exchange.done()) {
            if (exchange.reply != null && System.nanoTime() - exchange.replyAt > IOPUB_LAG_MILLIS * 1_000_000) {
                LOG.warn("kernel {} replied but never went idle; going on", name);
                break;
            }
            if (System.nanoTime() - deadline > 0) {
                return timedOut(current, exchange, timeout);
            }
            if (!current.alive() || current.heartbeatLost()) {
                return died(current, listener, exchange.count);
            }
            current.next(100).ifPresent(exchange::accept);
        }
        return exchange.outcome();
    }

    /** What one execute_request has produced so far. */
    private final class Exchange {
        final String requestId;
        final OutputListener listener;
        @Nullable ObjectNode reply;
        long replyAt;
        boolean idle;
        int count;

        Exchange(String requestId, OutputListener listener) {
            this.requestId = requestId;
            this.listener = listener;
        }

        boolean done() {
            return reply != null && idle;
        }

        void accept(Connection.Incoming incoming) {
            Message message = incoming.message();
            if (!message.parentId().equals(requestId)) {
                return;
            }
            switch (incoming.channel()) {
                case IOPUB -> iopub(message);
                case SHELL -> {
                    if (message.type().equals("execute_reply")) {
                        reply = message.content();
                        replyAt = System.nanoTime();
                        count = reply.path("execution_count").asInt(count);
                    }
                }
                default -> LOG.debug("ignored {} on {}", message.type(), incoming.channel());
            }
        }

        private void iopub(Message message) {
            ObjectNode content = message.content();
            switch (message.type()) {
                case "status" -> idle |= content.path("execution_state").asText().equals("idle");
                case "execute_input" -> count = content.path("execution_count").asInt(count);
                default -> IopubOutputs.toOutput(message).ifPresent(listener::output);
            }
        }

        CellOutcome outcome() {
            if (reply == null) {
                return new CellOutcome(CellOutcome.Status.OK, count, 0, "");
            }
            String status = reply.path("status").asText("ok");
            return switch (status) {
                case "ok" -> new CellOutcome(CellOutcome.Status.OK, count, 0, "");
                case "aborted" -> new CellOutcome(CellOutcome.Status.ERROR, count, 0,
                        "the kernel aborted the cell after an earlier error");
                default -> new CellOutcome(CellOutcome.Status.ERROR, count, 0,
                        reply.path("ename").asText("Error") + (reply.path("evalue").asText("").isEmpty() ? ""
                                : ": " + reply.path("evalue").asText()));
            };
        }
    }

    /** Interrupts the cell, lets it end (its outputs still collected) for a grace period, and reports a timeout. */
    private CellOutcome timedOut(Connection current, Exchange exchange, @Nullable Duration timeout) {
        interrupt();
        long graceEnd = System.nanoTime() + options.interruptGrace().toNanos();
        while (!exchange.done() && System.nanoTime() - graceEnd < 0 && current.alive()) {
            current.next(100).ifPresent(exchange::accept);
        }
        long seconds = timeout == null ? 0 : Math.max(1, timeout.toSeconds());
        String message = "A cell timed out while it was being executed, after " + seconds + " seconds.";
        exchange.listener.output(new EngineOutput.Error("TimeoutError", message, List.of(
                "\u001b[0;31mTimeoutError\u001b[0m: " + message + (exchange.done() ? " The cell was interrupted."
                        : " The kernel did not stop."))));
        return new CellOutcome(CellOutcome.Status.TIMED_OUT, exchange.count, 0, message);
    }

    private CellOutcome died(@Nullable Connection current, OutputListener listener, int count) {
        int status = current == null || current.process == null ? -1 : current.process.exitStatus(2000);
        String message = closed ? "the kernel '" + name + "' was shut down"
                : "the kernel '" + name + "' died" + (status >= 0 ? " (exit status " + status + ")" : "");
        listener.output(new EngineOutput.Error("DeadKernelError", message,
                List.of("\u001b[0;31mDeadKernelError\u001b[0m: " + message)));
        return new CellOutcome(CellOutcome.Status.DIED, count, Math.max(status, 0), message);
    }

    /** Interrupts the running cell: {@code interrupt_request} on control or SIGINT, as the kernelspec says. */
    public void interrupt() {
        Connection current = connection;
        if (current == null || closed) {
            return;
        }
        if (current.process == null || spec == null || spec.interruptsByMessage()) {
            current.control(Message.create(session, "interrupt_request", null, JSON.createObjectNode()), 5000);
        } else {
            current.process.signalInterrupt();
        }
    }

    @Override
    public void stop() {
        interrupt();
    }

    @Override
    public boolean alive() {
        Connection current = connection;
        return !closed && current != null && current.alive();
    }

    /**
     * Restarts the kernel: the old one is asked to shut down (and ended if it does not), a new one is launched from
     * the same kernelspec. Only for kernels Huntbook launched.
     */
    public void restart() {
        if (spec == null) {
            throw new EngineException("cannot restart the kernel '" + name + "': Huntbook did not launch it");
        }
        Connection old = connection;
        shutdown(old, true);
        launch();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutdown(connection, false);
    }

    private void shutdown(@Nullable Connection current, boolean restart) {
        if (current == null) {
            return;
        }
        ObjectNode content = JSON.createObjectNode().put("restart", restart);
        if (current.alive()) {
            current.control(Message.create(session, "shutdown_request", null, content), 2000);
        }
        current.close();
        if (current.process != null) {
            current.process.end(5000);
        }
    }

    /** The kernel's name (its kernelspec's). */
    public String name() {
        return name;
    }

    /** The connection in use (for tools that attach another client); never share its key. */
    public ConnectionInfo connectionInfo() {
        return connection.info;
    }
}
