package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.java.NotebookClassPath;
import io.huntbook.kernel.jupyter.server.HuntbookKernel;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code huntbook kernel -f CONNECTION_FILE}: the Huntbook Jupyter kernel, started by Jupyter (JupyterLab, VS Code,
 * nbclient, papermill) from the kernelspec {@code huntbook kernel install} writes. It serves until a client asks it
 * to shut down, or its launcher ({@code JPY_PARENT_PID}) goes away.
 */
@Command(name = "kernel", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, subcommands = KernelInstallCommand.class,
        description = "Serve the Huntbook Jupyter kernel for a connection file (Jupyter starts it); "
                + "'kernel install' writes its kernelspec.")
final class KernelCommand extends Subcommand {
    @Option(names = {"-f", "--connection-file"}, paramLabel = "CONNECTION_FILE",
            description = "The connection file Jupyter wrote for this kernel.")
    @Nullable Path connectionFile;

    @Option(names = "--agent-memory", paramLabel = "SIZE", defaultValue = "2g",
            description = "Heap cap of the JVM that runs the notebook's code (default 2g).")
    String agentMemory = "2g";

    @Override
    protected int execute() throws InterruptedException {
        if (connectionFile == null) {
            throw new BadInputException("give -f CONNECTION_FILE (Jupyter passes it from the kernelspec that"
                    + " 'huntbook kernel install' writes)");
        }
        ConnectionInfo info = ConnectionInfo.read(connectionFile);
        EngineOptions engine;
        try {
            engine = EngineOptions.builder()
                    .classPath(NotebookClassPath.forHost())
                    .workingDirectory(Path.of("").toAbsolutePath())
                    .maxHeap(agentMemory)
                    .cacheDirectory(NotebookExecution.cacheDirectory())
                    .configFile(global().config())
                    .codeAssist(true)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--agent-memory: " + e.getMessage());
        }
        try (HuntbookKernel kernel = HuntbookKernel.start(info, () -> JavaEngine.start(engine),
                RunCommand.version())) {
            parent().ifPresent(handle -> handle.onExit().thenRun(kernel::close));
            kernel.awaitShutdown();
        }
        return ExitCodes.OK;
    }

    /** The process that launched the kernel, as jupyter_client names it: the kernel does not outlive it. */
    private static Optional<ProcessHandle> parent() {
        String pid = System.getenv("JPY_PARENT_PID");
        if (pid == null || !pid.matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(pid));
    }
}
