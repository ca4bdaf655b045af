package io.huntbook.analysis.ioc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.dflib.DataFrame;
import org.dflib.Series;

/** Table mode: cells scanned in row blocks on several threads, rows of the result kept in input order. */
final class TableExtraction {
    private static final int BLOCK = 512;

    private TableExtraction() {}

    private record Row(String type, String observable, int sourceIndex, String input) {}

    static DataFrame run(DefaultIocExtractor extractor, DataFrame frame, List<String> columns, boolean[] types,
            int parallelism) {
        List<Series<?>> sources = new ArrayList<>(columns.size());
        for (String column : columns) {
            if (!frame.getColumnsIndex().contains(column)) {
                throw new IllegalArgumentException("column \"" + column + "\" is not in the table; its columns are: "
                        + String.join(", ", frame.getColumnsIndex().toArray()));
            }
            sources.add(frame.getColumn(column));
        }
        int height = frame.height();
        int blocks = (height + BLOCK - 1) / BLOCK;
        List<List<Row>> perBlock;
        if (parallelism <= 1 || blocks <= 1) {
            perBlock = IntStream.range(0, blocks).mapToObj(b -> block(extractor, sources, types, b, height)).toList();
        } else {
            ForkJoinPool pool = new ForkJoinPool(parallelism);
            try {
                perBlock = pool.submit(() -> IntStream.range(0, blocks).parallel()
                        .mapToObj(b -> block(extractor, sources, types, b, height)).toList()).join();
            } finally {
                pool.shutdown();
            }
        }
        int total = perBlock.stream().mapToInt(List::size).sum();
        String[] type = new String[total];
        String[] observable = new String[total];
        int[] index = new int[total];
        String[] input = new String[total];
        int k = 0;
        for (List<Row> rows : perBlock) {
            for (Row row : rows) {
                type[k] = row.type();
                observable[k] = row.observable();
                index[k] = row.sourceIndex();
                input[k] = row.input();
                k++;
            }
        }
        return DataFrame.byColumn(IocExtractor.IOC_TYPE, IocExtractor.OBSERVABLE, IocExtractor.SOURCE_INDEX,
                IocExtractor.INPUT).of(Series.of(type), Series.of(observable), Series.ofInt(index), Series.of(input));
    }

    private static List<Row> block(DefaultIocExtractor extractor, List<Series<?>> sources, boolean[] types, int block,
            int height) {
        List<Row> rows = new ArrayList<>();
        int end = Math.min(height, (block + 1) * BLOCK);
        for (int r = block * BLOCK; r < end; r++) {
            for (Series<?> source : sources) {
                Object value = source.get(r);
                if (value == null) {
                    continue;
                }
                String text = value.toString();
                Set<String> seen = new LinkedHashSet<>();
                for (IocMatch match : extractor.matches(text, types)) {
                    if (seen.add(match.type() + '\u0000' + match.observable())) {
                        rows.add(new Row(match.type(), match.observable(), r, text));
                    }
                }
            }
        }
        return rows;
    }

    /** The columns whose values are all strings (or empty). */
    static List<String> stringColumns(DataFrame frame) {
        List<String> names = new ArrayList<>();
        for (String name : frame.getColumnsIndex().toArray()) {
            Series<?> column = frame.getColumn(name);
            boolean strings = true;
            boolean any = false;
            for (int r = 0; r < column.size() && strings; r++) {
                Object value = column.get(r);
                if (value != null) {
                    any = true;
                    strings = value instanceof CharSequence;
                }
            }
            if (strings && any) {
                names.add(name);
            }
        }
        return names;
    }
}
