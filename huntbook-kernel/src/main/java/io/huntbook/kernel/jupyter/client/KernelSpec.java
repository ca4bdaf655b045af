package io.huntbook.kernel.jupyter.client;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An installed kernelspec, as its {@code kernel.json} says.
 *
 * @param name the folder's name, lower-cased as jupyter_client does
 * @param resourceDirectory the folder holding {@code kernel.json}
 * @param argv the command, with {@code {connection_file}} and {@code {resource_dir}} placeholders
 * @param interruptMode {@code signal} (SIGINT to the process) or {@code message} ({@code interrupt_request})
 * @param env variables added to the kernel's environment ({@code ${NAME}} refers to the launcher's own)
 */
public record KernelSpec(String name, Path resourceDirectory, List<String> argv, String displayName, String language,
                         String interruptMode, Map<String, String> env) {
    public KernelSpec {
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("the kernelspec " + name + " has an empty argv");
        }
    }

    /** Whether interrupts go as a message on the control channel rather than as SIGINT. */
    public boolean interruptsByMessage() {
        return interruptMode.equals("message");
    }
}
