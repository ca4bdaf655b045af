package io.huntbook.enrich.geoip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes small IPv4 MaxMind DB files for tests, following the MaxMind DB File Format Specification 2.0: a binary
 * search tree with 24-bit records, 16 zero bytes, the data section, then the metadata marker and map. The default
 * suite builds its own databases with it, so it needs no downloaded file.
 */
final class MmdbWriter {
    private final String databaseType;
    private final List<Object[]> networks = new ArrayList<>();

    MmdbWriter(String databaseType) {
        this.databaseType = databaseType;
    }

    /** Maps {@code cidr} (IPv4) to a data record (maps, lists, strings, doubles, longs). */
    MmdbWriter add(String cidr, Map<String, Object> record) {
        networks.add(new Object[] {cidr, record});
        return this;
    }

    void write(Path file) throws IOException {
        Files.write(file, bytes());
    }

    byte[] bytes() throws IOException {
        // Trie over the prefix bits; node[i] = {left, right}; -1 = empty, -(2 + k) = data record k.
        List<int[]> nodes = new ArrayList<>();
        nodes.add(new int[] {-1, -1});
        List<byte[]> records = new ArrayList<>();
        for (Object[] network : networks) {
            String cidr = (String) network[0];
            int slash = cidr.indexOf('/');
            byte[] address = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            int prefix = Integer.parseInt(cidr.substring(slash + 1));
            @SuppressWarnings("unchecked")
            Map<String, Object> record = (Map<String, Object>) network[1];
            records.add(encode(record));
            int node = 0;
            for (int bit = 0; bit < prefix; bit++) {
                int side = (address[bit / 8] >> (7 - bit % 8)) & 1;
                if (bit == prefix - 1) {
                    nodes.get(node)[side] = -(2 + records.size() - 1);
                } else {
                    if (nodes.get(node)[side] < 0) {
                        nodes.add(new int[] {-1, -1});
                        nodes.get(node)[side] = nodes.size() - 1;
                    }
                    node = nodes.get(node)[side];
                }
            }
        }
        int nodeCount = nodes.size();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        for (byte[] record : records) {
            offsets.add(data.size());
            data.write(record);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int[] node : nodes) {
            for (int side = 0; side < 2; side++) {
                int value = node[side];
                int encoded = value >= 0 ? value : value == -1 ? nodeCount : nodeCount + 16 + offsets.get(-value - 2);
                out.write((encoded >> 16) & 0xFF);
                out.write((encoded >> 8) & 0xFF);
                out.write(encoded & 0xFF);
            }
        }
        out.write(new byte[16]);
        out.write(data.toByteArray());
        out.write(new byte[] {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF});
        out.write("MaxMind.com".getBytes(StandardCharsets.US_ASCII));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("node_count", new Uint32(nodeCount));
        metadata.put("record_size", new Uint16(24));
        metadata.put("ip_version", new Uint16(4));
        metadata.put("database_type", databaseType);
        metadata.put("languages", List.of("en"));
        metadata.put("binary_format_major_version", new Uint16(2));
        metadata.put("binary_format_minor_version", new Uint16(0));
        metadata.put("build_epoch", new Uint64(1_700_000_000L));
        metadata.put("description", Map.of("en", "Huntbook test database"));
        out.write(encode(metadata));
        return out.toByteArray();
    }

    record Uint16(int value) {}

    record Uint32(long value) {}

    record Uint64(long value) {}

    private static byte[] encode(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encode(value, out);
        return out.toByteArray();
    }

    private static void encode(Object value, ByteArrayOutputStream out) throws IOException {
        if (value instanceof String s) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            control(out, 2, bytes.length);
            out.write(bytes);
        } else if (value instanceof Double d) {
            control(out, 3, 8);
            long bits = Double.doubleToLongBits(d);
            for (int i = 7; i >= 0; i--) {
                out.write((int) (bits >> (8 * i)) & 0xFF);
            }
        } else if (value instanceof Uint16 u) {
            unsigned(out, 5, u.value());
        } else if (value instanceof Uint32 u) {
            unsigned(out, 6, u.value());
        } else if (value instanceof Uint64 u) {
            unsigned(out, 9, u.value());
        } else if (value instanceof Long l) {
            unsigned(out, 6, l);
        } else if (value instanceof Integer i) {
            unsigned(out, 6, i);
        } else if (value instanceof Map<?, ?> map) {
            control(out, 7, map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                encode(String.valueOf(e.getKey()), out);
                encode(e.getValue(), out);
            }
        } else if (value instanceof List<?> list) {
            control(out, 11, list.size());
            for (Object item : list) {
                encode(item, out);
            }
        } else {
            throw new IllegalArgumentException("cannot encode " + value.getClass());
        }
    }

    private static void unsigned(ByteArrayOutputStream out, int type, long value) {
        int length = 0;
        for (long v = value; v != 0; v >>>= 8) {
            length++;
        }
        control(out, type, length);
        for (int i = length - 1; i >= 0; i--) {
            out.write((int) (value >> (8 * i)) & 0xFF);
        }
    }

    /** A control byte: type in the top 3 bits (extended types after it), size in the low 5 bits or following bytes. */
    private static void control(ByteArrayOutputStream out, int type, int size) {
        int sizeBits;
        byte[] extra;
        if (size < 29) {
            sizeBits = size;
            extra = new byte[0];
        } else if (size < 285) {
            sizeBits = 29;
            extra = new byte[] {(byte) (size - 29)};
        } else {
            sizeBits = 30;
            int s = size - 285;
            extra = new byte[] {(byte) (s >> 8), (byte) s};
        }
        if (type <= 7) {
            out.write((type << 5) | sizeBits);
        } else {
            out.write(sizeBits);
            out.write(type - 7);
        }
        out.write(extra, 0, extra.length);
    }
}
