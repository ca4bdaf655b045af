package io.huntbook.analysis.proctree;

import io.huntbook.core.table.JsonValues;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * The trees as text, in MSTICPy's {@code tree_to_text} layout: a root starts with {@code +}, a child with
 * {@code +--} indented three spaces per level, and each process shows its name and id, then its time, its command
 * line and its account on further lines.
 */
final class TreeText {
    private TreeText() {}

    static String render(ProcessTree tree, DataFrame frame, int[] depth) {
        ProcSchema schema = tree.schema().kind() == ProcSchema.Kind.EVENTS ? tree.schema() : ProcSchema.MDE_INTERNAL;
        Series<?> names = column(frame, schema.processName());
        Series<?> ids = column(frame, schema.processId());
        Series<?> times = column(frame, schema.timeStamp());
        Series<?> cmd = column(frame, tree.cmdLineColumn().orElse(null));
        Series<?> user = column(frame, schema.userId() != null ? schema.userId() : schema.userName());
        Series<?> logon = column(frame, schema.logonId());
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < frame.height(); r++) {
            int level = depth[r] - 1;
            String header = level == 0 ? "+" : "   ".repeat(level) + "+--";
            String indent = " ".repeat(header.length() + 1);
            out.append(header).append(" Process: ").append(text(names, r)).append("  PID: ").append(text(ids, r))
                    .append('\n');
            out.append(indent).append("Time: ").append(text(times, r)).append('\n');
            if (!text(cmd, r).isEmpty()) {
                out.append(indent).append("Cmdline: ").append(text(cmd, r)).append('\n');
            }
            String account = text(user, r);
            String session = text(logon, r);
            if (!account.isEmpty() || !session.isEmpty()) {
                out.append(indent);
                if (!account.isEmpty()) {
                    out.append("Account: ").append(account).append(session.isEmpty() ? "" : "  ");
                }
                if (!session.isEmpty()) {
                    out.append("LogonId: ").append(session);
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static @Nullable Series<?> column(DataFrame frame, @Nullable String name) {
        return name != null && frame.getColumnsIndex().contains(name) ? frame.getColumn(name) : null;
    }

    private static String text(@Nullable Series<?> column, int row) {
        if (column == null) {
            return "";
        }
        String text = JsonValues.toText(column.get(row));
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
