package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * Random notebooks as JSON trees in the loose form a hand or another tool may write: sources and texts as strings or
 * as arbitrary pieces, every output type, attachments, non-ASCII keys and values, floats of every magnitude.
 */
final class NotebookGen {
    private NotebookGen() {}

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] KEYS = {"a", "B", "z", "é", "中", "😀", "\uFB01", "tags_x", "A b", "_", "0"};
    private static final String[] TEXT_MIMES = {"text/plain", "text/html", "text/markdown", "image/svg+xml",
        "application/javascript", "text/latex"};

    static ObjectNode notebook(SplittableRandom r, int minor) {
        ObjectNode nb = F.objectNode();
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", minor);
        ObjectNode metadata = nb.putObject("metadata");
        if (r.nextBoolean()) {
            ObjectNode ks = metadata.putObject("kernelspec");
            ks.put("name", "python3").put("display_name", "Python 3").put("language", "python");
            metadata.putObject("language_info").put("name", "python").put("version", "3.11.2");
        }
        metadata.set("x_vendor", value(r, 3));
        ArrayNode cells = nb.putArray("cells");
        int count = r.nextInt(6);
        for (int i = 0; i < count; i++) {
            cells.add(cell(r, minor, i));
        }
        return nb;
    }

    private static ObjectNode cell(SplittableRandom r, int minor, int index) {
        ObjectNode cell = F.objectNode();
        if (minor >= 5) {
            cell.put("id", "cell-" + index + "_" + Integer.toHexString(r.nextInt(1 << 16)));
        }
        ObjectNode metadata = cell.putObject("metadata");
        if (r.nextInt(3) == 0) {
            metadata.putArray("tags").add("parameters").add(TextGen.any(r, 5));
        }
        if (r.nextInt(4) == 0) {
            metadata.set("papermill", value(r, 2));
        }
        cell.set("source", text(r));
        switch (r.nextInt(3)) {
            case 0 -> {
                cell.put("cell_type", "code");
                if (r.nextBoolean()) {
                    cell.putNull("execution_count");
                } else {
                    cell.put("execution_count", r.nextInt(100));
                }
                ArrayNode outputs = cell.putArray("outputs");
                int n = r.nextInt(5);
                for (int o = 0; o < n; o++) {
                    outputs.add(output(r));
                }
            }
            case 1 -> {
                cell.put("cell_type", "markdown");
                if (r.nextBoolean()) {
                    cell.putObject("attachments").set("image " + TextGen.any(r, 3) + ".png", bundle(r));
                }
            }
            default -> cell.put("cell_type", "raw");
        }
        return cell;
    }

    private static ObjectNode output(SplittableRandom r) {
        ObjectNode out = F.objectNode();
        switch (r.nextInt(4)) {
            case 0 -> {
                out.put("output_type", "stream");
                out.put("name", r.nextBoolean() ? "stdout" : "stderr");
                out.set("text", text(r));
            }
            case 1 -> {
                out.put("output_type", "display_data");
                out.set("data", bundle(r));
                out.set("metadata", r.nextBoolean() ? F.objectNode() : value(r, 2));
            }
            case 2 -> {
                out.put("output_type", "execute_result");
                out.put("execution_count", r.nextInt(50));
                out.set("data", bundle(r));
                out.putObject("metadata");
            }
            default -> {
                out.put("output_type", "error");
                out.put("ename", "Error" + TextGen.any(r, 4));
                out.put("evalue", TextGen.any(r, 20));
                ArrayNode tb = out.putArray("traceback");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    tb.add("\u001b[0;31m" + TextGen.any(r, 30));
                }
            }
        }
        if (!out.path("metadata").isObject() && !out.path("output_type").textValue().equals("stream")
                && !out.path("output_type").textValue().equals("error")) {
            out.putObject("metadata");
        }
        return out;
    }

    private static ObjectNode bundle(SplittableRandom r) {
        ObjectNode data = F.objectNode();
        data.set("text/plain", text(r));
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            data.set(TEXT_MIMES[r.nextInt(TEXT_MIMES.length)], text(r));
        }
        if (r.nextBoolean()) {
            data.put("image/png", "iVBORw0KGgo" + Integer.toHexString(r.nextInt()) + "\n" + "QUFB");
        }
        if (r.nextBoolean()) {
            data.set("application/json", value(r, 3));
        }
        if (r.nextBoolean()) {
            data.set("application/vnd.huntbook.chart.v1+json", value(r, 2));
        }
        if (r.nextInt(4) == 0) {
            // A non-text, non-JSON type held as lines: nbformat joins it on read and never splits it again.
            data.set("application/x-custom", F.arrayNode().add("a\n").add("b"));
        }
        return data;
    }

    /** A string, or the same kind of text cut into arbitrary pieces (not necessarily at line ends). */
    static com.fasterxml.jackson.databind.JsonNode text(SplittableRandom r) {
        String text = r.nextInt(3) == 0 ? multiline(r) : TextGen.any(r, 40);
        if (r.nextBoolean()) {
            return F.textNode(text);
        }
        ArrayNode pieces = F.arrayNode();
        int i = 0;
        while (i < text.length()) {
            int end = Math.min(text.length(), i + 1 + r.nextInt(12));
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end++;
            }
            pieces.add(text.substring(i, end));
            i = end;
        }
        return pieces;
    }

    private static String multiline(SplittableRandom r) {
        StringBuilder text = new StringBuilder();
        int lines = 1 + r.nextInt(5);
        for (int i = 0; i < lines; i++) {
            text.append("line ").append(i).append(" é 😀 \"q\" \\ ").append(i % 2 == 0 ? "\n" : "\r\n");
        }
        if (r.nextBoolean()) {
            text.append("no newline at end");
        }
        return text.toString();
    }

    static com.fasterxml.jackson.databind.JsonNode value(SplittableRandom r, int depth) {
        int kind = depth <= 0 ? r.nextInt(7) : r.nextInt(9);
        return switch (kind) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(r.nextBoolean());
            case 2 -> F.numberNode(r.nextInt() - (long) Integer.MAX_VALUE * r.nextInt(3));
            case 3 -> F.numberNode(new java.math.BigInteger("123456789012345678901234567890").multiply(
                    java.math.BigInteger.valueOf(r.nextInt(1000))));
            case 4 -> F.numberNode(floatValue(r));
            case 5, 6 -> F.textNode(TextGen.any(r, 15));
            case 7 -> {
                ArrayNode array = F.arrayNode();
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    array.add(value(r, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = F.objectNode();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    object.set(KEYS[r.nextInt(KEYS.length)] + (r.nextBoolean() ? "" : TextGen.any(r, 3)),
                            value(r, depth - 1));
                }
                yield object;
            }
        };
    }

    private static double floatValue(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextDouble();
            case 1 -> r.nextDouble() * Math.pow(10, r.nextInt(-30, 30));
            case 2 -> Double.longBitsToDouble(r.nextLong());
            case 3 -> r.nextInt(1000) / 4.0;
            case 4 -> new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e16, 1e-5,
                Double.MIN_VALUE, Double.MAX_VALUE}[r.nextInt(8)];
            default -> (double) r.nextLong();
        };
    }
}
