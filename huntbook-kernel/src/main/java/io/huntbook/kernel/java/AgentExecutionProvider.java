package io.huntbook.kernel.java;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's execution engine over the agent's socket: JShell's own streaming protocol, with the agent's stdout,
 * stderr, rich outputs and exit marker multiplexed on the same connection (so they keep their order), and stops sent
 * on the agent's control channel instead of the command stream, which is busy while a cell runs.
 */
final class AgentExecutionProvider implements ExecutionControlProvider {
    private final AgentProcess agent;
    private final long connectMillis;
    private final Map<String, OutputStream> extraStreams;
    private HostExecutionControl control;

    AgentExecutionProvider(AgentProcess agent, long connectMillis, Map<String, OutputStream> extraStreams) {
        this.agent = agent;
        this.connectMillis = connectMillis;
        this.extraStreams = Map.copyOf(extraStreams);
    }

    @Override
    public String name() {
        return "huntbook-agent";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        Socket socket = agent.accept(connectMillis);
        Map<String, OutputStream> outputs = new HashMap<>(extraStreams);
        outputs.put("out", env.userOut());
        outputs.put("err", env.userErr());
        Map<String, InputStream> inputs = Map.of("in", env.userIn());
        ExecutionControl result = Util.remoteInputOutput(socket.getInputStream(),
                new BufferedOutputStream(socket.getOutputStream(), 1 << 16), outputs, inputs,
                (in, out) -> new HostExecutionControl(out, in, agent, socket));
        control = (HostExecutionControl) result;
        return result;
    }

    /** The control made by {@link #generate}, for Huntbook's own extension commands. */
    HostExecutionControl control() {
        if (control == null) {
            throw new IllegalStateException("the agent is not connected yet");
        }
        return control;
    }

    /** The host's side of the protocol, with stop on the control channel. */
    static final class HostExecutionControl extends StreamingExecutionControl {
        private final AgentProcess agent;
        private final Socket socket;

        HostExecutionControl(java.io.ObjectOutput out, java.io.ObjectInput in, AgentProcess agent, Socket socket) {
            super(out, in);
            this.agent = agent;
            this.socket = socket;
        }

        private volatile boolean terminated;

        @Override
        public String invoke(String className, String methodName)
                throws RunException, EngineTerminationException, InternalException {
            try {
                return super.invoke(className, methodName);
            } catch (EngineTerminationException e) {
                // The agent went away mid-cell (System.exit, halt, a kill): the process may still be ending.
                terminated = true;
                throw e;
            }
        }

        /** Whether the connection broke while a snippet ran. */
        boolean terminated() {
            return terminated;
        }

        @Override
        public void stop() {
            agent.requestStop();
        }

        @Override
        public void close() {
            try {
                super.close();
            } finally {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing anyway.
                }
            }
        }
    }
}
