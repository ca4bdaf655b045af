package io.huntbook.analysis.proctree;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/** The schema's columns looked up in one frame: required ones must be there, optional ones are used if they are. */
final class EventColumns {
    final DataFrame frame;
    final ProcSchema schema;

    EventColumns(DataFrame frame, ProcSchema schema, List<String> required) {
        this.frame = frame;
        this.schema = schema;
        Set<String> present = Set.of(frame.getColumnsIndex().toArray());
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!present.contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException("the table has no column " + String.join(", ", missing) + " needed by schema "
                    + schema.name() + "; its columns are: " + String.join(", ", frame.getColumnsIndex().toArray())
                    + " (choose another --schema or map the columns with --map)");
        }
    }

    Series<?> column(String name) {
        return frame.getColumn(name);
    }

    /** The column when the schema names it and the frame has it. */
    @Nullable Series<?> optional(@Nullable String name) {
        return name != null && frame.getColumnsIndex().contains(name) ? frame.getColumn(name) : null;
    }

    static @Nullable Object get(@Nullable Series<?> column, int row) {
        return column == null ? null : column.get(row);
    }
}
