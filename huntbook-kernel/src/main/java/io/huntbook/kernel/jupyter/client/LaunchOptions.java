package io.huntbook.kernel.jupyter.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How to launch a kernel.
 *
 * @param workingDirectory the kernel process's working folder
 * @param startTimeout how long the kernel may take to answer {@code kernel_info} (papermill's {@code --start-timeout})
 * @param environment the environment the kernel inherits (the spec's {@code env} is added on top)
 * @param attempts how many launches to try when the kernel cannot bind its ports
 * @param interruptGrace how long a timed-out cell may take to end after its interrupt
 */
public record LaunchOptions(Path workingDirectory, Duration startTimeout, Map<String, String> environment,
                            int attempts, Duration interruptGrace) {
    public LaunchOptions {
        environment = Map.copyOf(environment);
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
    }

    /** This process's environment and working folder, with the given start timeout. */
    public static LaunchOptions defaults(Path workingDirectory, Duration startTimeout) {
        return new LaunchOptions(workingDirectory.toAbsolutePath(), startTimeout, System.getenv(), 5,
                Duration.ofSeconds(5));
    }
}
