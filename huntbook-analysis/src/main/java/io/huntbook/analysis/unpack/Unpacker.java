package io.huntbook.analysis.unpack;

import java.util.ArrayList;
import java.util.List;
import org.dflib.DataFrame;
import org.dflib.Series;

/**
 * Decodes encoded content recursively, as MSTICPy's {@code base64unpack} does, and more: base64 runs of 30 or more
 * characters, the UTF-16LE text of PowerShell {@code -EncodedCommand} arguments, all-hex runs that decode to text
 * or a known file, URL-encoded tokens; gzip, zip and tar content is unpacked into its members. Every item is typed
 * from its magic bytes and hashed (md5, sha1, sha256).
 *
 * <p>Limits keep hostile input harmless: the depth of nesting, the number of items and the total decoded bytes.
 * Reaching one gives a result flagged {@link UnpackResult#truncated()}, never an {@link OutOfMemoryError}.
 *
 * <pre>{@code
 * UnpackResult result = Unpacker.builder().maxTotalBytes(16 << 20).build().unpack(commandLine);
 * result.frame();     // MSTICPy's 12 columns
 * result.decoded();   // the text with <decoded ...> markers
 * }</pre>
 */
public final class Unpacker {
    private final int maxDepth;
    private final int maxItems;
    private final long maxTotalBytes;

    private Unpacker(Builder builder) {
        this.maxDepth = builder.maxDepth;
        this.maxItems = builder.maxItems;
        this.maxTotalBytes = builder.maxTotalBytes;
    }

    /** An unpacker with the default limits (depth 20 as MSTICPy, 10,000 items, 64 MiB decoded). */
    public static Unpacker standard() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Unpacks one text. */
    public UnpackResult unpack(String text) {
        return new UnpackSession(maxDepth, new Budget(maxItems, maxTotalBytes)).run(text);
    }

    /**
     * Unpacks a text column of a frame, each row on its own limits. The result has MSTICPy's twelve columns plus
     * {@code src_index} (the row of the input), the source column with the row's text, and
     * {@code full_decoded_string} (the row's whole decoded text), as MSTICPy's {@code unpack_df}.
     *
     * @throws IllegalArgumentException naming the columns there are, when {@code column} is not one of them
     */
    public TableResult unpack(DataFrame frame, String column) {
        if (!frame.getColumnsIndex().contains(column)) {
            throw new IllegalArgumentException("no column '" + column + "' to decode; the columns are "
                    + String.join(", ", frame.getColumnsIndex().toArray()));
        }
        Series<?> source = frame.getColumn(column);
        List<DecodedItem> items = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> decodedTexts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean truncated = false;
        for (int r = 0; r < source.size(); r++) {
            Object value = source.get(r);
            if (value == null) {
                continue;
            }
            String text = value.toString();
            UnpackResult result = unpack(text);
            truncated |= result.truncated();
            for (String warning : result.warnings()) {
                warnings.add("row " + r + ": " + warning);
            }
            for (DecodedItem item : result.items()) {
                items.add(item);
                rows.add(r);
                texts.add(text);
                decodedTexts.add(result.decoded());
            }
        }
        DataFrame base = UnpackResult.frame(items);
        String[] names = new String[UnpackResult.COLUMNS.size() + 3];
        Series<?>[] series = new Series<?>[names.length];
        for (int c = 0; c < UnpackResult.COLUMNS.size(); c++) {
            names[c] = UnpackResult.COLUMNS.get(c);
            series[c] = base.getColumn(c);
        }
        int c = UnpackResult.COLUMNS.size();
        names[c] = "src_index";
        series[c] = Series.ofIterable(rows);
        names[c + 1] = UnpackResult.COLUMNS.contains(column) || column.equals("src_index") ? column + "_src" : column;
        series[c + 1] = Series.ofIterable(texts);
        names[c + 2] = "full_decoded_string";
        series[c + 2] = Series.ofIterable(decodedTexts);
        return new TableResult(DataFrame.byColumn(names).of(series), truncated, List.copyOf(warnings));
    }

    /**
     * The result of unpacking a column.
     *
     * @param frame     the items with their source rows
     * @param truncated whether any row hit a limit
     * @param warnings  why, prefixed with the row
     */
    public record TableResult(DataFrame frame, boolean truncated, List<String> warnings) {}

    /** Limits of an {@link Unpacker}. */
    public static final class Builder {
        private int maxDepth = 20;
        private int maxItems = 10_000;
        private long maxTotalBytes = 64L << 20;

        private Builder() {}

        /** Nesting levels to decode (MSTICPy's default: 20). */
        public Builder maxDepth(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("maxDepth must be at least 1, not " + depth);
            }
            this.maxDepth = depth;
            return this;
        }

        /** Items to produce at most. */
        public Builder maxItems(int items) {
            if (items < 1) {
                throw new IllegalArgumentException("maxItems must be at least 1, not " + items);
            }
            this.maxItems = items;
            return this;
        }

        /** Decoded bytes to produce at most, archive members included. */
        public Builder maxTotalBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxTotalBytes must be at least 1, not " + bytes);
            }
            this.maxTotalBytes = bytes;
            return this;
        }

        public Unpacker build() {
            return new Unpacker(this);
        }
    }
}
