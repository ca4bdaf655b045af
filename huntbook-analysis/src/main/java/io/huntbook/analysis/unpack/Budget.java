package io.huntbook.analysis.unpack;

import java.util.ArrayList;
import java.util.List;

/**
 * The limits of one unpacking: items and total decoded bytes. Once a limit is reached the result is flagged as
 * truncated and decoding stops, so a zip bomb costs at most the byte limit, never the heap.
 */
final class Budget {
    private final int maxItems;
    private final long maxBytes;
    private int items;
    private long bytes;
    private boolean truncated;
    private final List<String> warnings = new ArrayList<>();

    Budget(int maxItems, long maxBytes) {
        this.maxItems = maxItems;
        this.maxBytes = maxBytes;
    }

    boolean exhausted() {
        return items >= maxItems || bytes >= maxBytes;
    }

    /** How many more decoded bytes may be produced. */
    long remainingBytes() {
        return Math.max(0, maxBytes - bytes);
    }

    /** Counts decoded bytes held in memory (an archive before its members, or an item). */
    void useBytes(long byteCount) {
        bytes += byteCount;
    }

    /** Counts one output row. */
    void useItem() {
        items++;
    }

    boolean canAddItem() {
        return items < maxItems;
    }

    void truncate(String why) {
        if (!truncated) {
            warnings.add(why);
        }
        truncated = true;
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    boolean truncated() {
        return truncated;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    int maxItems() {
        return maxItems;
    }

    long maxBytes() {
        return maxBytes;
    }
}
