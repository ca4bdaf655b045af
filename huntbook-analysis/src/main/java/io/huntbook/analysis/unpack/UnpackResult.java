package io.huntbook.analysis.unpack;

import java.util.List;
import java.util.stream.IntStream;
import org.dflib.DataFrame;
import org.dflib.Series;

/**
 * What one unpacking found.
 *
 * @param decoded   the input with every decoded part replaced by its {@code <decoded ...>} rendering
 * @param items     every decoded item, in the order found
 * @param truncated whether a limit (depth, items, decoded bytes) or a damaged archive cut the result short
 * @param warnings  why, one line each
 */
public record UnpackResult(String decoded, List<DecodedItem> items, boolean truncated, List<String> warnings) {

    /** MSTICPy's twelve unpack columns, in its order. */
    public static final List<String> COLUMNS = List.of("reference", "original_string", "file_name", "file_type",
            "input_bytes", "decoded_string", "encoding_type", "file_hashes", "md5", "sha1", "sha256",
            "printable_bytes");

    /** The items as a frame with MSTICPy's twelve columns. */
    public DataFrame frame() {
        return frame(items);
    }

    /** Rows per task when the rows are filled on several threads. */
    private static final int ROWS_PER_TASK = 1024;

    /**
     * The frame of {@code items}. Its rows are filled on the common fork-join pool when there are many and more than
     * one processor: an item's hashes and printable form are most of a row's cost and depend on nothing but its bytes,
     * and each row has its own cells, so the frame is the same however the rows are shared out.
     */
    static DataFrame frame(List<DecodedItem> items) {
        int n = items.size();
        Object[][] columns = new Object[COLUMNS.size()][n];
        int tasks = (n + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        if (tasks > 1 && BackgroundHashing.multiCore()) {
            IntStream.range(0, tasks).parallel().forEach(task -> fillRows(items, columns, task * ROWS_PER_TASK,
                    Math.min(n, (task + 1) * ROWS_PER_TASK)));
        } else {
            fillRows(items, columns, 0, n);
        }
        Series<?>[] series = new Series<?>[columns.length];
        for (int c = 0; c < columns.length; c++) {
            series[c] = Series.of(columns[c]);
        }
        return DataFrame.byColumn(COLUMNS.toArray(String[]::new)).of(series);
    }

    private static void fillRows(List<DecodedItem> items, Object[][] columns, int from, int to) {
        for (int r = from; r < to; r++) {
            DecodedItem item = items.get(r);
            item.derive();
            columns[0][r] = item.reference();
            columns[1][r] = item.originalString();
            columns[2][r] = item.fileName();
            columns[3][r] = item.fileType();
            columns[4][r] = item.inputBytes();
            columns[5][r] = item.decodedString();
            columns[6][r] = item.encodingType();
            columns[7][r] = item.fileHashes();
            columns[8][r] = item.md5();
            columns[9][r] = item.sha1();
            columns[10][r] = item.sha256();
            columns[11][r] = item.printableBytes();
        }
    }
}
