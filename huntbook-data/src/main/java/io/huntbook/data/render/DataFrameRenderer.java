package io.huntbook.data.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.table.JsonValues;
import io.huntbook.core.table.TableFormat;
import io.huntbook.core.table.TableWriter;
import io.huntbook.core.text.HtmlText;
import io.huntbook.runtime.MimeBundle;
import io.huntbook.runtime.Renderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dflib.DataFrame;

/**
 * Renders DFLib frames in notebooks: an HTML table (cells escaped: they hold log data an attacker controls) and the
 * same table as text, both cut to the first and last rows of a long frame, with the frame's size underneath; scraps
 * get every row as JSON records. Registered through {@link java.util.ServiceLoader}.
 */
public final class DataFrameRenderer implements Renderer {
    /** Frames longer than this show their first and last {@code MAX_ROWS / 2} rows. */
    static final int MAX_ROWS = 50;

    /** Made when a frame is first shown, so rendering any other value (every cell result) never loads Jackson. */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Optional<MimeBundle> render(Object value) {
        if (!(value instanceof DataFrame frame)) {
            return Optional.empty();
        }
        DataFrame shown = frame.height() > MAX_ROWS
                ? frame.head(MAX_ROWS / 2).vConcat(frame.tail(MAX_ROWS / 2)) : frame;
        String size = frame.height() + (frame.height() == 1 ? " row" : " rows") + " × " + frame.width()
                + (frame.width() == 1 ? " column" : " columns");
        return Optional.of(MimeBundle.builder(text(shown) + (shown == frame ? "" : "(showing the first and last "
                        + MAX_ROWS / 2 + " of " + size + ")\n"))
                .put("text/html", html(shown, frame.height() > MAX_ROWS, size))
                .build());
    }

    @Override
    public Optional<Object> toJson(Object value) {
        if (!(value instanceof DataFrame frame)) {
            return Optional.empty();
        }
        List<Object> rows = new ArrayList<>(frame.height());
        String[] names = frame.getColumnsIndex().toArray();
        for (int r = 0; r < frame.height(); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < names.length; c++) {
                row.put(names[c], Mapper.MAPPER.convertValue(JsonValues.toJson(frame.getColumn(c).get(r)), Object.class));
            }
            rows.add(row);
        }
        return Optional.of(rows);
    }

    private static String text(DataFrame frame) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.write(frame, TableFormat.TABLE, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String html(DataFrame frame, boolean cut, String size) {
        String[] names = frame.getColumnsIndex().toArray();
        StringBuilder html = new StringBuilder("<table class=\"huntbook-frame\">\n<thead><tr>");
        for (String name : names) {
            html.append("<th>").append(HtmlText.escape(name)).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < frame.height(); r++) {
            if (cut && r == MAX_ROWS / 2) {
                html.append("<tr>").append("<td>…</td>".repeat(names.length)).append("</tr>\n");
            }
            html.append("<tr>");
            for (int c = 0; c < names.length; c++) {
                html.append("<td>").append(HtmlText.escape(JsonValues.toText(frame.getColumn(c).get(r))))
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n<p>").append(HtmlText.escape(size)).append("</p>\n").toString();
    }
}
