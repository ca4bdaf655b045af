package io.huntbook.kernel.jupyter.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Free loopback ports for a new kernel. The operating system hands out ephemeral ports, all of one kernel's at once
 * (so they differ); ports already given to another kernel of this process are not reused. Another process can still
 * take a port before the kernel binds it (papermill #511): the launcher sees the kernel fail and retries.
 */
final class PortAllocator {
    private static final int REMEMBERED = 4096;
    private static final LinkedHashSet<Integer> GIVEN = new LinkedHashSet<>();

    private PortAllocator() {}

    static synchronized List<Integer> take(int count) {
        List<ServerSocket> held = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        try {
            while (ports.size() < count) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                if (GIVEN.add(socket.getLocalPort())) {
                    ports.add(socket.getLocalPort());
                }
                if (held.size() > count * 20) {
                    throw new IllegalStateException("cannot find " + count + " free loopback ports");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free loopback ports: " + e.getMessage(), e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Freed anyway when the process ends.
                }
            }
        }
        while (GIVEN.size() > REMEMBERED) {
            GIVEN.remove(GIVEN.iterator().next());
        }
        return ports;
    }
}
