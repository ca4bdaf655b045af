package io.huntbook.kernel.jupyter.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import io.huntbook.kernel.jupyter.wire.Message;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Huntbook kernel in this JVM, driven message by message as a Jupyter front end drives it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuntbookKernel_ProtocolTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private HuntbookKernel kernel;
    private RawClient client;

    static ConnectionInfo freeConnection() {
        List<Integer> ports = new ArrayList<>();
        List<ServerSocket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            for (ServerSocket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ConnectionInfo.loopback(ports, "huntbook");
    }

    @BeforeAll
    void start() {
        ConnectionInfo info = freeConnection();
        EngineOptions options = EngineOptions.builder().maxHeap("256m").build();
        kernel = HuntbookKernel.start(info, () -> JavaEngine.start(options), "test");
        client = new RawClient(info);
        client.awaitReady(WAIT);
    }

    @AfterAll
    void stop() {
        client.close();
        kernel.close();
    }

    private List<Message> run(ObjectNode content, Message[] reply) {
        Message request = client.send(client.shell, "execute_request", content);
        List<Message> iopub = client.iopubUntilIdle(request, WAIT);
        reply[0] = client.reply(client.shell, request, WAIT);
        return iopub;
    }

    private static List<String> types(List<Message> messages) {
        return messages.stream().map(Message::type).toList();
    }

    @Test
    void kernelInfoDescribesAJavaKernelOfProtocol53() {
        Message request = client.send(client.shell, "kernel_info_request", JsonNodeFactory.instance.objectNode());
        Message reply = client.reply(client.shell, request, WAIT);

        assertThat(reply.type()).isEqualTo("kernel_info_reply");
        assertThat(reply.content().path("protocol_version").asText()).isEqualTo("5.3");
        assertThat(reply.content().path("implementation").asText()).isEqualTo("huntbook");
        assertThat(reply.content().path("language_info").path("name").asText()).isEqualTo("java");
        assertThat(reply.content().path("language_info").path("file_extension").asText()).isEqualTo(".jsh");
    }

    @Test
    void anExecutionPublishesBusyInputStreamsDisplaysResultAndIdleInOrder() {
        Message[] reply = new Message[1];
        List<Message> iopub = run(RawClient.execute("""
                System.out.println("hello");
                displayWithId("d1", "first");
                updateDisplay("d1", "second");
                6 * 7
                """), reply);

        assertThat(types(iopub)).containsSubsequence("status", "execute_input", "stream", "display_data",
                "update_display_data", "execute_result", "status");
        assertThat(iopub.get(0).content().path("execution_state").asText()).isEqualTo("busy");
        Message stream = iopub.stream().filter(m -> m.type().equals("stream")).findFirst().orElseThrow();
        assertThat(stream.content().path("text").asText()).isEqualTo("hello\n");
        Message display = iopub.stream().filter(m -> m.type().equals("display_data")).findFirst().orElseThrow();
        assertThat(display.content().path("transient").path("display_id").asText()).isEqualTo("d1");
        Message result = iopub.stream().filter(m -> m.type().equals("execute_result")).findFirst().orElseThrow();
        assertThat(result.content().path("data").path("text/plain").asText()).isEqualTo("42");
        int count = reply[0].content().path("execution_count").asInt();
        assertThat(result.content().path("execution_count").asInt()).isEqualTo(count);
        assertThat(reply[0].content().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void anErrorIsPublishedRepliedAndQueuedCellsAreAborted() {
        Message failing = client.send(client.shell, "execute_request",
                RawClient.execute("throw new IllegalStateException(\"boom\");"));
        Message queued = client.send(client.shell, "execute_request", RawClient.execute("1 + 1"));
        List<Message> iopub = client.iopubUntilIdle(failing, WAIT);
        Message failReply = client.reply(client.shell, failing, WAIT);
        Message queuedReply = client.reply(client.shell, queued, WAIT);

        Message error = iopub.stream().filter(m -> m.type().equals("error")).findFirst().orElseThrow();
        assertThat(error.content().path("ename").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.content().path("evalue").asText()).isEqualTo("boom");
        assertThat(failReply.content().path("status").asText()).isEqualTo("error");
        assertThat(failReply.content().path("ename").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(queuedReply.content().path("status").asText()).isEqualTo("aborted");
    }

    @Test
    void silentExecutionsShowNoInputNorResultAndDoNotCount() {
        Message[] before = new Message[1];
        run(RawClient.execute("int silentBase = 1;"), before);
        ObjectNode silent = RawClient.execute("silentBase + 41");
        silent.put("silent", true);
        Message[] reply = new Message[1];
        List<Message> iopub = run(silent, reply);
        ObjectNode noHistory = RawClient.execute("silentBase");
        noHistory.put("store_history", false);
        Message[] third = new Message[1];
        run(noHistory, third);

        assertThat(types(iopub)).containsExactly("status", "status");
        int count = before[0].content().path("execution_count").asInt();
        assertThat(reply[0].content().path("execution_count").asInt()).isEqualTo(count);
        assertThat(third[0].content().path("execution_count").asInt()).isEqualTo(count);
    }

    @Test
    void isCompleteCompleteAndInspectAnswerFromJShell() {
        ObjectNode incomplete = JsonNodeFactory.instance.objectNode().put("code", "for (int i = 0; i < 3; i++) {");
        Message isComplete = client.send(client.shell, "is_complete_request", incomplete);
        assertThat(client.reply(client.shell, isComplete, WAIT).content().path("status").asText())
                .isEqualTo("incomplete");
        Message complete = client.send(client.shell, "is_complete_request",
                JsonNodeFactory.instance.objectNode().put("code", "int a = 1;\nint b = 2;"));
        assertThat(client.reply(client.shell, complete, WAIT).content().path("status").asText()).isEqualTo("complete");

        String code = "int a = 1;\n\"text\".toUpp";
        ObjectNode completion = JsonNodeFactory.instance.objectNode().put("code", code).put("cursor_pos",
                code.length());
        Message completeReply = client.reply(client.shell, client.send(client.shell, "complete_request", completion),
                WAIT);
        List<String> matches = new ArrayList<>();
        completeReply.content().path("matches").forEach(m -> matches.add(m.asText()));
        assertThat(matches).anyMatch(m -> m.startsWith("toUpperCase"));
        assertThat(completeReply.content().path("cursor_start").asInt()).isEqualTo(code.indexOf("toUpp"));
        assertThat(completeReply.content().path("cursor_end").asInt()).isEqualTo(code.length());

        String call = "Math.max(";
        ObjectNode inspect = JsonNodeFactory.instance.objectNode().put("code", call).put("cursor_pos", call.length())
                .put("detail_level", 0);
        Message inspectReply = client.reply(client.shell, client.send(client.shell, "inspect_request", inspect),
                WAIT);
        assertThat(inspectReply.content().path("found").asBoolean()).isTrue();
        assertThat(inspectReply.content().path("data").path("text/plain").asText()).contains("max(int");
    }

    @Test
    void aCellReadingSystemInAsksTheFrontEndForInput() {
        ObjectNode content = RawClient.execute("""
                var reader = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
                System.out.println("got " + reader.readLine());
                """);
        content.put("allow_stdin", true);
        Message request = client.send(client.shell, "execute_request", content);
        Message inputRequest = client.reply(client.stdin, request, WAIT);
        assertThat(inputRequest.type()).isEqualTo("input_request");
        Message answer = Message.create(client.session, "input_reply", null, // as jupyter_client: no parent
                JsonNodeFactory.instance.objectNode().put("value", "Ünïcode 42"));
        client.stdin.send(answer);
        List<Message> iopub = client.iopubUntilIdle(request, WAIT);

        assertThat(iopub).filteredOn(m -> m.type().equals("stream"))
                .anyMatch(m -> m.content().path("text").asText().equals("got Ünïcode 42\n"));
        assertThat(client.reply(client.shell, request, WAIT).content().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void anInterruptOnControlStopsALoopingCellAndTheSessionLivesOn() {
        Message[] set = new Message[1];
        run(RawClient.execute("int kept = 7;"), set);
        // One statement, so one snippet: its first output comes from inside the running loop.
        Message loop = client.send(client.shell, "execute_request",
                RawClient.execute("for (long i = 0; ; i++) { if (i == 0) { System.out.println(\"looping\"); } }"));
        // That output shows the loop is running: an interrupt that came before it could find nothing to stop.
        client.iopubUntil(loop, m -> m.type().equals("stream")
                && m.content().path("text").asText().contains("looping"), WAIT);
        Message interrupt = client.send(client.control, "interrupt_request", JsonNodeFactory.instance.objectNode());
        assertThat(client.reply(client.control, interrupt, WAIT).type()).isEqualTo("interrupt_reply");
        assertThat(client.reply(client.shell, loop, WAIT).content().path("status").asText()).isEqualTo("error");

        Message[] after = new Message[1];
        List<Message> iopub = run(RawClient.execute("kept"), after);
        assertThat(iopub).filteredOn(m -> m.type().equals("execute_result"))
                .singleElement().satisfies(m -> assertThat(m.content().path("data").path("text/plain").asText())
                        .isEqualTo("7"));
    }

    @Test
    void heartbeatEchoesAndCommInfoSaysNoComms() {
        byte[] ping = "ping-123".getBytes(StandardCharsets.UTF_8);
        client.heartbeat.send(ping, 0);
        client.heartbeat.setReceiveTimeOut(10_000);
        assertThat(client.heartbeat.recv(0)).isEqualTo(ping);

        Message request = client.send(client.shell, "comm_info_request", JsonNodeFactory.instance.objectNode());
        Message reply = client.reply(client.shell, request, WAIT);
        assertThat(reply.content().path("status").asText()).isEqualTo("ok");
        assertThat(reply.content().path("comms").isObject()).isTrue();
    }
}
