package io.huntbook.kernel.jupyter.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * A kernel's connection file: where its five sockets are and the key that signs its messages.
 *
 * @param transport {@code tcp} (Huntbook does not speak {@code ipc})
 * @param kernelName the kernelspec's name, or "" when unknown
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String key, String signatureScheme, String kernelName) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A connection on loopback with these ports and a fresh random key. */
    public static ConnectionInfo loopback(List<Integer> ports, String kernelName) {
        if (ports.size() != 5) {
            throw new IllegalArgumentException("a connection needs five ports, not " + ports.size());
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new ConnectionInfo("tcp", "127.0.0.1", ports.get(0), ports.get(1), ports.get(2), ports.get(3),
                ports.get(4), HexFormat.of().formatHex(key), "hmac-sha256", kernelName);
    }

    /** The ZeroMQ address of {@code channel}, such as {@code tcp://127.0.0.1:5555}. */
    public String address(Channel channel) {
        int port = switch (channel) {
            case SHELL -> shellPort;
            case IOPUB -> iopubPort;
            case STDIN -> stdinPort;
            case CONTROL -> controlPort;
            case HB -> hbPort;
        };
        return transport + "://" + ip + ":" + port;
    }

    /** A codec with this connection's key. */
    public WireCodec codec() {
        return WireCodec.of(signatureScheme, key);
    }

    /**
     * Reads a connection file.
     *
     * @throws BadInputException when it is missing, not JSON, or lacks a port
     */
    public static ConnectionInfo read(Path file) {
        JsonNode json;
        try {
            json = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException("cannot read the connection file " + file + ": " + e.getMessage());
        }
        if (!(json instanceof ObjectNode)) {
            throw new BadInputException("the connection file " + file + " is not a JSON object");
        }
        String transport = json.path("transport").asText("tcp");
        if (!transport.equals("tcp")) {
            throw new BadInputException("the connection file " + file + " asks for transport '" + transport
                    + "'; Huntbook speaks tcp only");
        }
        return new ConnectionInfo(transport, json.path("ip").asText("127.0.0.1"), port(json, "shell_port", file),
                port(json, "iopub_port", file), port(json, "stdin_port", file), port(json, "control_port", file),
                port(json, "hb_port", file), json.path("key").asText(""),
                json.path("signature_scheme").asText("hmac-sha256"), json.path("kernel_name").asText(""));
    }

    private static int port(JsonNode json, String field, Path file) {
        JsonNode port = json.get(field);
        if (port == null || !port.canConvertToInt() || port.asInt() < 0 || port.asInt() > 65535) {
            throw new BadInputException("the connection file " + file + " has no valid " + field);
        }
        return port.asInt();
    }

    /** The JSON object of a connection file. */
    public ObjectNode toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("shell_port", shellPort);
        json.put("iopub_port", iopubPort);
        json.put("stdin_port", stdinPort);
        json.put("control_port", controlPort);
        json.put("hb_port", hbPort);
        json.put("ip", ip);
        json.put("key", key);
        json.put("transport", transport);
        json.put("signature_scheme", signatureScheme);
        json.put("kernel_name", kernelName);
        return json;
    }

    /** Writes a new connection file readable by its owner only (it holds the key). */
    public void write(Path file) {
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                // Overwritten below, keeping its permissions.
            }
            Files.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the connection file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        // Never the key.
        return "ConnectionInfo[" + transport + "://" + ip + " shell=" + shellPort + " iopub=" + iopubPort + " stdin="
                + stdinPort + " control=" + controlPort + " hb=" + hbPort + "]";
    }
}
