package io.huntbook.bench;

import io.huntbook.core.table.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dflib.DataFrame;

/**
 * Whole-file timing of {@link Tables#read}: for each file given, two warm-up reads, then five timed reads; prints the
 * median time, rows and rows per second. Run it as docs/benchmarks.md says.
 */
public final class TablesReadTiming {
    private TablesReadTiming() {}

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path file = Path.of(arg);
            DataFrame frame = null;
            for (int i = 0; i < 2; i++) {
                frame = Tables.read(file);
            }
            long[] nanos = new long[5];
            for (int i = 0; i < nanos.length; i++) {
                long start = System.nanoTime();
                frame = Tables.read(file);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double ms = nanos[nanos.length / 2] / 1e6;
            System.out.printf("%s: %.1f MB, %d rows x %d columns, median %.0f ms, %.0f rows/s%n", file.getFileName(),
                    Files.size(file) / 1e6, frame.height(), frame.width(), ms, frame.height() / (ms / 1000));
        }
    }
}
