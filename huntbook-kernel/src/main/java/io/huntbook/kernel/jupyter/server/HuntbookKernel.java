package io.huntbook.kernel.jupyter.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.EngineOutput;
import io.huntbook.kernel.java.InteractiveEngine;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import io.huntbook.kernel.jupyter.wire.Message;
import io.huntbook.kernel.jupyter.wire.MessageSocket;
import io.huntbook.notebook.LanguageInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;

/**
 * The Huntbook Jupyter kernel for one connection: shell requests run on one thread in order (cells on the Java
 * engine), control on another (so interrupts and shutdowns get through while a cell runs), heartbeat on a third.
 * When the engine's agent dies (a crash, {@code System.exit}) the cell fails and the next one gets a fresh engine,
 * as a front end's automatic restart would give.
 */
public final class HuntbookKernel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HuntbookKernel.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KernelSockets sockets;
    private final Supplier<JavaEngine> engines;
    private final String version;
    private final String session = UUID.randomUUID().toString();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();
    private final List<String[]> history = new ArrayList<>();
    private volatile @Nullable JavaEngine engine;
    private volatile boolean running = true;
    /** Set by an interrupt while a cell runs: JShell ends a stopped snippet quietly, Jupyter expects an error. */
    private volatile boolean interrupted;
    private volatile boolean executing;
    private int executionCount;

    private HuntbookKernel(KernelSockets sockets, Supplier<JavaEngine> engines, String version) {
        this.sockets = sockets;
        this.engines = engines;
        this.version = version;
    }

    /**
     * Binds the connection's sockets and starts serving; the engine starts on the shell thread, so the first shell
     * request is answered once it is ready.
     *
     * @param engines starts a Java engine (again after its agent died)
     * @param version Huntbook's version, for {@code kernel_info}
     * @throws io.huntbook.kernel.java.EngineException when a port cannot be bound ("Address already in use")
     */
    public static HuntbookKernel start(ConnectionInfo info, Supplier<JavaEngine> engines, String version) {
        HuntbookKernel kernel = new HuntbookKernel(new KernelSockets(info), engines, version);
        kernel.publishStatus("starting", null);
        kernel.thread("huntbook-kernel-heartbeat", kernel::heartbeatLoop);
        kernel.thread("huntbook-kernel-control", kernel::controlLoop);
        kernel.thread("huntbook-kernel-shell", kernel::shellLoop);
        return kernel;
    }

    private void thread(String name, Runnable loop) {
        Thread thread = new Thread(() -> {
            try {
                loop.run();
            } catch (RuntimeException e) {
                LOG.error("{} ended: {}", name, e.toString(), e);
                running = false;
            }
        }, name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    /** Blocks until a client asks the kernel to shut down (or {@link #close()} is called). */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** Waits at most {@code millis} for the shutdown; true when it happened. */
    public boolean awaitShutdown(long millis) throws InterruptedException {
        return stopped.await(millis, TimeUnit.MILLISECONDS);
    }

    private void heartbeatLoop() {
        ZMQ.Socket socket = sockets.heartbeat;
        socket.setReceiveTimeOut(200);
        while (running) {
            byte[] ping = socket.recv(0);
            if (ping != null) {
                socket.send(ping, 0);
            }
        }
    }

    private void controlLoop() {
        while (running) {
            Optional<Message> request = sockets.control.receive(200);
            request.ifPresent(message -> handleControl(message));
        }
    }

    private void handleControl(Message request) {
        switch (request.type()) {
            case "interrupt_request" -> {
                JavaEngine current = engine;
                if (current != null && executing) {
                    interrupted = true;
                    current.stop();
                }
                reply(sockets.control, request, "interrupt_reply", ok());
            }
            case "shutdown_request" -> shutdown(sockets.control, request);
            case "kernel_info_request" -> busyIdle(request, () -> reply(sockets.control, request,
                    "kernel_info_reply", kernelInfo()));
            default -> unknown(sockets.control, request);
        }
    }

    private void shellLoop() {
        engine = engines.get();
        while (running) {
            Optional<Message> request = sockets.shell.receive(200);
            request.ifPresent(this::handleShell);
        }
    }

    private void handleShell(Message request) {
        if (request.type().equals("shutdown_request")) {
            shutdown(sockets.shell, request); // older clients send it on shell
            return;
        }
        busyIdle(request, () -> {
            switch (request.type()) {
                case "execute_request" -> execute(request);
                case "kernel_info_request" -> reply(sockets.shell, request, "kernel_info_reply", kernelInfo());
                case "is_complete_request" -> reply(sockets.shell, request, "is_complete_reply",
                        isComplete(request.content().path("code").asText("")));
                case "complete_request" -> reply(sockets.shell, request, "complete_reply", complete(request));
                case "inspect_request" -> reply(sockets.shell, request, "inspect_reply", inspect(request));
                case "history_request" -> reply(sockets.shell, request, "history_reply", history(request));
                case "comm_info_request" -> {
                    ObjectNode content = ok();
                    content.putObject("comms"); // Huntbook's Java engine opens no comms
                    reply(sockets.shell, request, "comm_info_reply", content);
                }
                case "comm_open" -> {
                    // No comm targets: say so by closing it, as ipykernel does for an unknown target.
                    ObjectNode content = JSON.createObjectNode();
                    content.put("comm_id", request.content().path("comm_id").asText(""));
                    content.putObject("data");
                    sockets.publish(Message.create(session, "comm_close", request, content));
                }
                case "comm_msg", "comm_close" -> LOG.debug("ignored {}", request.type());
                default -> unknown(sockets.shell, request);
            }
        });
    }

    private void busyIdle(Message request, Runnable work) {
        publishStatus("busy", request);
        try {
            work.run();
        } finally {
            publishStatus("idle", request);
        }
    }

    private void execute(Message request) {
        ObjectNode content = request.content();
        String code = content.path("code").asText("");
        boolean silent = content.path("silent").asBoolean(false);
        boolean storeHistory = !silent && content.path("store_history").asBoolean(true);
        boolean allowStdin = content.path("allow_stdin").asBoolean(true);
        boolean stopOnError = content.path("stop_on_error").asBoolean(true);
        if (storeHistory) {
            executionCount++;
            history.add(new String[] {Integer.toString(executionCount), code});
        }
        int count = executionCount;
        if (!silent) {
            ObjectNode input = JSON.createObjectNode();
            input.put("code", code);
            input.put("execution_count", count);
            sockets.publish(Message.create(session, "execute_input", request, input));
        }
        JavaEngine current = engine();
        EngineOutput.Error[] error = new EngineOutput.Error[1];
        if (current instanceof InteractiveEngine interactive) {
            interactive.stdin(allowStdin ? new KernelStdin(sockets.stdin, request, session, () -> running) : null);
        }
        CellOutcome outcome;
        interrupted = false;
        executing = true;
        try {
            outcome = current.execute(code, output -> {
                if (output instanceof EngineOutput.Error e) {
                    error[0] = e;
                }
                Message message = IopubMessages.of(output, request, session, count, silent);
                if (message != null) {
                    sockets.publish(message);
                }
            }, null);
        } finally {
            executing = false;
            if (current instanceof InteractiveEngine interactive) {
                interactive.stdin(null);
            }
        }
        if (interrupted && error[0] == null) {
            error[0] = new EngineOutput.Error("Interrupted", "the cell was interrupted",
                    List.of("\u001b[0;31mInterrupted\u001b[0m: the cell was interrupted"));
            sockets.publish(IopubMessages.of(error[0], request, session, count, silent));
            outcome = new CellOutcome(CellOutcome.Status.ERROR, outcome.executionCount(), 0, "interrupted");
        }
        ObjectNode reply = JSON.createObjectNode();
        if (outcome.ok()) {
            reply.put("status", "ok");
            reply.put("execution_count", count);
            reply.putArray("payload");
            reply.putObject("user_expressions");
        } else {
            reply.put("status", "error");
            reply.put("execution_count", count);
            reply.put("ename", error[0] == null ? outcome.status().name() : error[0].ename());
            reply.put("evalue", error[0] == null ? outcome.message() : error[0].evalue());
            ArrayNode traceback = reply.putArray("traceback");
            if (error[0] != null) {
                error[0].traceback().forEach(traceback::add);
            }
        }
        reply(sockets.shell, request, "execute_reply", reply);
        if (!current.alive()) {
            restartEngine(request, outcome);
        }
        if (!outcome.ok() && stopOnError && !silent) {
            abortQueued();
        }
    }

    private JavaEngine engine() {
        JavaEngine current = engine;
        if (current == null || !current.alive()) {
            current = engines.get();
            engine = current;
        }
        return current;
    }

    /** The agent ended (a crash, System.exit): say so, and start a fresh session for the next cell. */
    private void restartEngine(Message request, CellOutcome outcome) {
        ObjectNode stream = JSON.createObjectNode();
        stream.put("name", "stderr");
        stream.put("text", "[huntbook: the Java session ended (" + outcome.message()
                + "); the next cell starts a new one]\n");
        sockets.publish(Message.create(session, "stream", request, stream));
        JavaEngine old = engine;
        if (old != null) {
            old.close();
        }
        engine = null;
    }

    /** After a failing cell, execute requests already queued are answered "aborted", as ipykernel does. */
    private void abortQueued() {
        Optional<Message> queued;
        while ((queued = sockets.shell.receive(0)).isPresent()) {
            Message request = queued.get();
            if (!request.type().equals("execute_request")) {
                handleShell(request);
                continue;
            }
            busyIdle(request, () -> {
                ObjectNode content = JSON.createObjectNode();
                content.put("status", "aborted");
                content.put("execution_count", executionCount);
                reply(sockets.shell, request, "execute_reply", content);
            });
        }
    }

    private ObjectNode kernelInfo() {
        ObjectNode content = ok();
        content.put("protocol_version", Message.PROTOCOL_VERSION);
        content.put("implementation", "huntbook");
        content.put("implementation_version", version);
        JavaEngine current = engine;
        Map<String, Object> language = current != null ? current.languageInfo() : null;
        content.set("language_info", language != null ? JSON.valueToTree(language) : LanguageInfo.java().toJson());
        content.put("banner", "Huntbook " + version + " (Java " + Runtime.version().feature()
                + "), security investigation on the JVM");
        content.putArray("help_links").addObject().put("text", "Huntbook").put("url", "https://huntbook.io");
        content.put("debugger", false);
        return content;
    }

    private ObjectNode isComplete(String code) {
        ObjectNode content = JSON.createObjectNode();
        if (engine() instanceof InteractiveEngine interactive) {
            InteractiveEngine.Completeness completeness = interactive.completeness(code);
            content.put("status", completeness.name().toLowerCase(java.util.Locale.ROOT));
            if (completeness == InteractiveEngine.Completeness.INCOMPLETE) {
                content.put("indent", "    ");
            }
        } else {
            content.put("status", "unknown");
        }
        return content;
    }

    private ObjectNode complete(Message request) {
        String code = request.content().path("code").asText("");
        int cursor = Cursors.toChars(code, request.content().path("cursor_pos").asInt(code.length()));
        ObjectNode content = ok();
        ArrayNode matches = content.putArray("matches");
        int start = cursor;
        int end = cursor;
        if (engine() instanceof InteractiveEngine interactive) {
            InteractiveEngine.Completions completions = interactive.complete(code, cursor);
            completions.matches().forEach(matches::add);
            start = completions.start();
            end = completions.end();
        }
        content.put("cursor_start", Cursors.toCodePoints(code, start));
        content.put("cursor_end", Cursors.toCodePoints(code, end));
        content.putObject("metadata");
        return content;
    }

    private ObjectNode inspect(Message request) {
        String code = request.content().path("code").asText("");
        int cursor = Cursors.toChars(code, request.content().path("cursor_pos").asInt(code.length()));
        boolean detail = request.content().path("detail_level").asInt(0) > 0;
        List<String> docs = engine() instanceof InteractiveEngine interactive
                ? interactive.documentation(code, cursor, true) : List.of();
        ObjectNode content = ok();
        content.put("found", !docs.isEmpty());
        ObjectNode data = content.putObject("data");
        if (!docs.isEmpty()) {
            String text = detail ? String.join("\n\n", docs) : String.join("\n\n", docs.stream()
                    .map(d -> d.length() > 2000 ? d.substring(0, 2000) + "…" : d).toList());
            data.put("text/plain", text);
        }
        content.putObject("metadata");
        return content;
    }

    private ObjectNode history(Message request) {
        ObjectNode content = ok();
        ArrayNode entries = content.putArray("history");
        int n = request.content().path("n").asInt(history.size());
        boolean output = request.content().path("output").asBoolean(false);
        for (String[] entry : history.subList(Math.max(0, history.size() - n), history.size())) {
            ArrayNode row = entries.addArray().add(0).add(Integer.parseInt(entry[0]));
            if (output) {
                row.addArray().add(entry[1]).addNull();
            } else {
                row.add(entry[1]);
            }
        }
        return content;
    }

    private void shutdown(MessageSocket channel, Message request) {
        boolean restart = request.content().path("restart").asBoolean(false);
        ObjectNode content = ok();
        content.put("restart", restart);
        reply(channel, request, "shutdown_reply", content);
        sockets.publish(Message.create(session, "shutdown_reply", request, content.deepCopy()));
        // Like ipykernel, the process ends either way: a restart is the front end launching a new one.
        running = false;
        JavaEngine current = engine;
        if (current != null) {
            current.stop();
        }
        stopped.countDown();
    }

    private void unknown(MessageSocket channel, Message request) {
        String type = request.type();
        LOG.debug("unknown request {}", type);
        if (type.endsWith("_request")) {
            ObjectNode content = JSON.createObjectNode();
            content.put("status", "error");
            content.put("ename", "NotImplementedError");
            content.put("evalue", "the Huntbook kernel does not handle " + type);
            content.putArray("traceback");
            reply(channel, request, type.substring(0, type.length() - "_request".length()) + "_reply", content);
        }
    }

    private void reply(MessageSocket channel, Message request, String type, ObjectNode content) {
        channel.send(Message.create(session, type, request, content));
    }

    private void publishStatus(String state, @Nullable Message parent) {
        ObjectNode content = JSON.createObjectNode();
        content.put("execution_state", state);
        sockets.publish(Message.create(session, "status", parent, content));
    }

    private static ObjectNode ok() {
        ObjectNode content = JSON.createObjectNode();
        content.put("status", "ok");
        return content;
    }

    /** Ends the kernel: threads, engine and sockets. */
    @Override
    public void close() {
        running = false;
        stopped.countDown();
        for (Thread thread : threads) {
            try {
                thread.join(thread.getName().endsWith("shell") ? 10_000 : 2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        JavaEngine current = engine;
        if (current != null) {
            current.close();
        }
        sockets.close();
    }
}
