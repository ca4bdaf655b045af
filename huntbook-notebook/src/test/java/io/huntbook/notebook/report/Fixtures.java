package io.huntbook.notebook.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.files.NotebookFormat;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Notebooks built as .ipynb JSON and read through {@link NotebookFiles}, as the CLI reads them. */
final class Fixtures {
    static final ObjectMapper JSON = new ObjectMapper();
    /** A 1x1 transparent PNG. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    /** What every hostile payload would do if it ran: change the title and add a marker element. */
    static final String PAYLOAD = "document.title='PWNED';var d=document.createElement('div');d.id='pwned';"
            + "document.body.appendChild(d)";

    private final ObjectNode root = JSON.createObjectNode();
    private final ArrayNode cells;
    private int next;

    Fixtures() {
        root.put("nbformat", 4).put("nbformat_minor", 5);
        ObjectNode metadata = root.putObject("metadata");
        metadata.putObject("kernelspec").put("name", "python3").put("display_name", "Python 3").put("language", "python");
        cells = root.putArray("cells");
    }

    ObjectNode papermill() {
        return ((ObjectNode) root.get("metadata")).withObject("/papermill");
    }

    ObjectNode markdown(String source, String... tags) {
        ObjectNode cell = cell("markdown", source, tags);
        return cell;
    }

    ObjectNode code(String source, String... tags) {
        ObjectNode cell = cell("code", source, tags);
        cell.put("execution_count", next);
        cell.putArray("outputs");
        return cell;
    }

    private ObjectNode cell(String type, String source, String... tags) {
        ObjectNode cell = cells.addObject();
        cell.put("id", "c" + next++).put("cell_type", type).put("source", source);
        ArrayNode tagArray = cell.putObject("metadata").putArray("tags");
        for (String tag : tags) {
            tagArray.add(tag);
        }
        return cell;
    }

    static ObjectNode display(ObjectNode cell, String mime, String content) {
        ObjectNode output = ((ArrayNode) cell.get("outputs")).addObject();
        output.put("output_type", "display_data").putObject("metadata");
        output.putObject("data").put(mime, content);
        return output;
    }

    static void stream(ObjectNode cell, String name, String text) {
        ((ArrayNode) cell.get("outputs")).addObject().put("output_type", "stream").put("name", name).put("text", text);
    }

    static void error(ObjectNode cell, String ename, String evalue, String... traceback) {
        ObjectNode output = ((ArrayNode) cell.get("outputs")).addObject();
        output.put("output_type", "error").put("ename", ename).put("evalue", evalue);
        ArrayNode tb = output.putArray("traceback");
        for (String line : traceback) {
            tb.add(line);
        }
    }

    byte[] bytes() {
        return root.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    Notebook notebook() {
        return NotebookFiles.read(bytes(), NotebookFormat.IPYNB, "fixture.ipynb");
    }

    /** A notebook whose outputs and markdown carry every hostile payload the report must render inert. */
    static Fixtures hostile() {
        String js = PAYLOAD;
        Fixtures f = new Fixtures();
        f.papermill().putObject("parameters").put("host", "<script>" + js + "</script>");
        f.markdown("# Hostile\n\n<script>" + js + "</script>\n\n<img src=x onerror=\"" + js + "\">\n\n"
                + "[click](javascript:document.title='PWNED')\n\n<a href=\"javascript:" + js + "\">raw link</a>\n\n"
                + "<iframe srcdoc=\"<script>parent." + js + "</script>\"></iframe>\n\n"
                + "<p style=\"position:fixed;top:0;left:0;width:100%;height:100%\">overlay</p>\n\n"
                + "| a | b |\n|---|---|\n| <b onmouseover=\"" + js + "\">x</b> | y |\n");
        ObjectNode cell = f.code("display(HTML(log_line))");
        display(cell, "text/html", "<script>" + js + "</script><b>bold</b>");
        display(cell, "text/html", "<img src=x onerror=\"" + js + "\">");
        display(cell, "text/html", "<a href=\"javascript:" + js + "\">click me</a>");
        display(cell, "text/html", "<a href=\"JaVaScRiPt&colon;" + js + "\">encoded</a>");
        display(cell, "text/html", "<svg onload=\"" + js + "\"><script>" + js + "</script></svg>");
        display(cell, "text/html", "<details open ontoggle=\"" + js + "\"><summary>s</summary></details>");
        display(cell, "text/html", "<body onload=\"" + js + "\"><form action=\"javascript:" + js
                + "\"><button>go</button></form></body>");
        display(cell, "text/html", "<iframe src=\"javascript:" + js + "\"></iframe><object data=\"javascript:" + js
                + "\"></object><embed src=\"javascript:" + js + "\">");
        display(cell, "text/html", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + js + "\">");
        display(cell, "text/html", "<style>@import url(http://evil.example/x.css);body{display:none}</style>"
                + "<div style=\"background:url(http://evil.example/track.png)\">styled</div>");
        display(cell, "text/html", "<img src=\"http://evil.example/beacon.png\" alt=\"beacon\">");
        display(cell, "text/html", "<math><mtext><table><mglyph><style><img src=x onerror=\"" + js
                + "\"></style></mglyph></table></mtext></math>");
        display(cell, "text/html", "<noscript><p title=\"</noscript><img src=x onerror=" + js.replace(" ", "/")
                + ">\"></noscript>");
        display(cell, "text/html", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>");
        display(cell, "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"" + js + "\">"
                + "<script>" + js + "</script><circle r=\"4\"/></svg>");
        display(cell, "text/markdown", "<script>" + js + "</script> *md output*");
        stream(cell, "stdout", "<script>" + js + "</script>\n");
        error(cell, "Exception", "<img src=x onerror=\"" + js + "\">", "\u001b[31m<script>" + js + "</script>\u001b[0m");
        ObjectNode json = ((ArrayNode) cell.get("outputs")).addObject();
        json.put("output_type", "display_data").putObject("metadata");
        json.putObject("data").putObject("application/json").put("k", "</pre><script>" + js + "</script>");
        return f;
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
