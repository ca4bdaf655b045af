package io.huntbook.analysis.unpack;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * MSTICPy's {@code file_hashes} cell: md5, sha1 and sha256, in that order, as an unmodifiable map. One small object per
 * item instead of a hash map with a table and three nodes: the output frame has one per row. Equal to any map with the
 * same three entries, and printed as one.
 */
final class FileHashes extends AbstractMap<String, String> {
    private final String md5;
    private final String sha1;
    private final String sha256;

    FileHashes(String md5, String sha1, String sha256) {
        this.md5 = md5;
        this.sha1 = sha1;
        this.sha256 = sha256;
    }

    @Override
    public @Nullable String get(Object key) {
        return switch (key instanceof String name ? name : "") {
            case "md5" -> md5;
            case "sha1" -> sha1;
            case "sha256" -> sha256;
            default -> null;
        };
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return 3;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return List.of(Map.entry("md5", md5), Map.entry("sha1", sha1), Map.entry("sha256", sha256)).iterator();
            }

            @Override
            public int size() {
                return 3;
            }
        };
    }
}
