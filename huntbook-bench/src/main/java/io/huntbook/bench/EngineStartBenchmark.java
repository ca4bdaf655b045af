package io.huntbook.bench;

import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.java.NotebookClassPath;
import io.huntbook.runtime.agent.Agent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Start-up times, as a whole-process measurement (a JMH fork would hide what a cold start costs): the agent JVM from
 * launch to its first byte on the socket (target 0.3 s), and a whole engine start (agent plus JShell plus prelude).
 * Usage: {@code EngineStartBenchmark [runs]}; prints the median and the spread.
 */
public final class EngineStartBenchmark {
    private EngineStartBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path cache = Files.createTempDirectory("huntbook-bench-cache");
        List<Double> agent = new ArrayList<>();
        for (int i = 0; i < runs + 1; i++) {
            double ms = agentStart(cache);
            if (i > 0) {
                agent.add(ms); // the first run writes the class-data archive
            }
        }
        report("agent start (launch to connected), ms", agent);
        List<Double> engine = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            try (JavaEngine e = JavaEngine.start(EngineOptions.builder().cacheDirectory(cache).build())) {
                engine.add((System.nanoTime() - started) / 1e6);
            }
        }
        report("engine start in a warm host (agent + JShell + prelude), ms", engine);
    }

    private static double agentStart(Path cache) throws IOException, InterruptedException {
        List<Path> classPath = NotebookClassPath.forHost();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-XX:SharedArchiveFile=" + cache.resolve("bench-agent.jsa"), "-XX:+AutoCreateSharedArchive",
                    "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-cp",
                    classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                    Agent.class.getName(), Integer.toString(server.getLocalPort())));
            long started = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put(Agent.TOKEN_VARIABLE, "bench");
            Process process = builder.start();
            try (Socket socket = server.accept()) {
                InputStream in = socket.getInputStream();
                in.read();
                double ms = (System.nanoTime() - started) / 1e6;
                socket.close();
                process.getOutputStream().close();
                process.waitFor();
                return ms;
            }
        }
    }

    private static void report(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf("%s: median %.0f, min %.0f, max %.0f (%d runs)%n", what, median, sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
