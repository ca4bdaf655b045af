package io.huntbook.runtime.agent;

import io.huntbook.runtime.NotebookRuntime;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.execution.LocalExecutionControl;

/**
 * JShell's local execution (user code in its own thread, stoppable through instrumented loops) plus one extension:
 * {@code hb.render} gives the rich form of a variable's value, so the value of a cell's final expression becomes an
 * {@code execute_result} with every MIME type its renderer offers, not only JShell's text.
 */
final class AgentExecutionControl extends LocalExecutionControl {
    static final String RENDER = "hb.render";

    private final List<String> loadedClasses = new ArrayList<>();
    private final Runnable flushOutput;

    AgentExecutionControl(Runnable flushOutput) {
        this.flushOutput = flushOutput;
    }

    @Override
    public String invoke(String className, String methodName)
            throws RunException, EngineTerminationException, InternalException {
        try {
            return super.invoke(className, methodName);
        } finally {
            // Everything the snippet printed reaches the host before its result does.
            flushOutput.run();
        }
    }

    @Override
    public void load(ClassBytecodes[] cbcs)
            throws ClassInstallException, NotImplementedException, EngineTerminationException {
        super.load(cbcs);
        synchronized (loadedClasses) {
            for (ClassBytecodes cbc : cbcs) {
                loadedClasses.add(cbc.name());
            }
        }
    }

    @Override
    public Object extensionCommand(String command, Object arg)
            throws RunException, EngineTerminationException, InternalException {
        if (!RENDER.equals(command) || !(arg instanceof String variable)) {
            return super.extensionCommand(command, arg);
        }
        Field field = latestField(variable);
        if (field == null) {
            return null;
        }
        try {
            Object value = field.get(null);
            return value == null ? null : NotebookRuntime.render(value).toJson();
        } catch (IllegalAccessException | RuntimeException e) {
            // A renderer that fails must not fail the cell: JShell's own text of the value is shown instead.
            return null;
        }
    }

    /** The static field named {@code variable} in the most recently loaded snippet class that declares one. */
    private Field latestField(String variable) {
        List<String> names;
        synchronized (loadedClasses) {
            names = new ArrayList<>(loadedClasses);
        }
        for (int i = names.size() - 1; i >= 0; i--) {
            try {
                Class<?> type = findClass(names.get(i));
                Field field = type.getDeclaredField(variable);
                if (Modifier.isStatic(field.getModifiers())) {
                    field.setAccessible(true);
                    return field;
                }
            } catch (ClassNotFoundException | NoSuchFieldException | RuntimeException e) {
                // Not this class; keep looking.
            }
        }
        return null;
    }
}
