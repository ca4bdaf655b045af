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
import org.jspecify.annotations.Nullable;

/**
 * JShell's execution engine over the agent's socket: JShell's own streaming protocol, with the agent's stdout,
 * stderr, rich outputs and exit marker multiplexed on the same connection (so they keep their order), and stops sent
 * on the agent's control channel instead of the command stream, which is busy while a cell runs.
 *
 * <p>JShell asks for its execution control when it is built, but needs it only when a snippet's classes are loaded.
 * The control handed out connects then, so the agent JVM's start overlaps building JShell and compiling the prelude
 * instead of preceding them (on a cold run both take a few hundred milliseconds).
 */
final class AgentExecutionProvider implements ExecutionControlProvider {
    private final AgentProcess agent;
    private final long connectMillis;
    private final Map<String, OutputStream> extraStreams;
    private @Nullable ExecutionEnv env;
    private @Nullable HostExecutionControl control;
    private @Nullable EngineException connectFailure;

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
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        this.env = env;
        return new ConnectOnFirstUse(this);
    }

    /**
     * The control over the agent's connection, waiting for the agent to connect the first time; an agent that does
     * not connect ends the engine with the reason.
     */
    synchronized HostExecutionControl control() {
        if (control != null) {
            return control;
        }
        if (connectFailure != null) {
            throw connectFailure;
        }
        if (env == null) {
            throw new IllegalStateException("JShell has not asked for its execution control yet");
        }
        try {
            Socket socket = agent.accept(connectMillis);
            Map<String, OutputStream> outputs = new HashMap<>(extraStreams);
            outputs.put("out", env.userOut());
            outputs.put("err", env.userErr());
            Map<String, InputStream> inputs = Map.of("in", env.userIn());
            control = (HostExecutionControl) Util.remoteInputOutput(socket.getInputStream(),
                    new BufferedOutputStream(socket.getOutputStream(), 1 << 16), outputs, inputs,
                    (in, out) -> new HostExecutionControl(out, in, agent, socket));
            return control;
        } catch (IOException e) {
            connectFailure = new EngineException("cannot connect to the Java agent: " + e.getMessage(), e);
            throw connectFailure;
        } catch (EngineException e) {
            connectFailure = e;
            throw e;
        }
    }

    /** Why the agent could not be connected, or null. */
    synchronized @Nullable EngineException connectFailure() {
        return connectFailure;
    }

    /** Whether the agent connected (it may still be starting). */
    synchronized boolean connected() {
        return control != null;
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

    /** What JShell holds: every call goes to the connected control, connecting first if need be. */
    private static final class ConnectOnFirstUse implements ExecutionControl {
        private final AgentExecutionProvider provider;

        ConnectOnFirstUse(AgentExecutionProvider provider) {
            this.provider = provider;
        }

        private ExecutionControl connected() throws EngineTerminationException {
            try {
                return provider.control();
            } catch (EngineException e) {
                // JShell ends the session on this exception; the engine reports the connection failure itself.
                throw new EngineTerminationException(e.getMessage());
            }
        }

        @Override
        public void load(ClassBytecodes[] cbcs)
                throws ClassInstallException, NotImplementedException, EngineTerminationException {
            connected().load(cbcs);
        }

        @Override
        public void redefine(ClassBytecodes[] cbcs)
                throws ClassInstallException, NotImplementedException, EngineTerminationException {
            connected().redefine(cbcs);
        }

        @Override
        public String invoke(String className, String methodName)
                throws RunException, EngineTerminationException, InternalException {
            return connected().invoke(className, methodName);
        }

        @Override
        public String varValue(String className, String varName)
                throws RunException, EngineTerminationException, InternalException {
            return connected().varValue(className, varName);
        }

        @Override
        public void addToClasspath(String path) throws EngineTerminationException, InternalException {
            connected().addToClasspath(path);
        }

        @Override
        public void stop() throws EngineTerminationException, InternalException {
            // A stop before the agent connected has no snippet to stop; the control channel works either way.
            provider.agent.requestStop();
        }

        @Override
        public Object extensionCommand(String command, Object arg)
                throws RunException, EngineTerminationException, InternalException {
            return connected().extensionCommand(command, arg);
        }

        @Override
        public void close() {
            if (provider.connected()) {
                provider.control().close();
            }
        }
    }
}
