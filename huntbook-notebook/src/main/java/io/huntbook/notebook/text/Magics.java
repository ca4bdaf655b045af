package io.huntbook.notebook.text;

import java.util.regex.Pattern;

/**
 * The escapes jupytext applies to code lines so a text notebook stays valid code: Jupyter magics ({@code %maven},
 * {@code %%time}, Python's {@code !cmd}) are commented out, and any line that would read as a cell marker is commented
 * once more. Both are undone on read; a line already commented gains one more level, so the round trip is exact.
 */
final class Magics {
    private final String comment;
    private final Pattern magic;
    private final Pattern pythonShell;
    private final Pattern markerLike;
    private final Pattern escapedMarker;

    Magics(TextFormat format) {
        this.comment = format.comment();
        String c = Pattern.quote(comment);
        this.magic = Pattern.compile("^\\s*(" + c + " |" + c + ")*(%|%%|%%%)[a-zA-Z]");
        this.pythonShell = format == TextFormat.PYTHON
                ? Pattern.compile("^\\s*(# |#)*\\s*(\\?|!)\\s*[A-Za-z.~$\\\\/{}]") : null;
        this.markerLike = Pattern.compile("^\\s*(" + c + "\\s*)+%%");
        this.escapedMarker = Pattern.compile("^\\s*" + c + "\\s*(" + c + "\\s*)+%%");
    }

    /** A code line as written to the text file. */
    String escapeCode(String line) {
        String escaped = isMagic(line) ? comment(line) : line;
        return escapeMarker(escaped);
    }

    /** A code line as read back from the text file. */
    String unescapeCode(String line) {
        String unescaped = unescapeMarker(line);
        return isMagic(unescaped) && startsWithComment(unescaped) ? uncommentOnce(unescaped) : unescaped;
    }

    /** A commented (markdown or raw) line that would read as a cell marker gets one more comment level. */
    String escapeMarker(String line) {
        return markerLike.matcher(line).find() ? comment(line) : line;
    }

    /** Undoes {@link #escapeMarker}. */
    String unescapeMarker(String line) {
        return escapedMarker.matcher(line).find() ? uncommentOnce(line) : line;
    }

    private boolean isMagic(String line) {
        return magic.matcher(line).find() || (pythonShell != null && pythonShell.matcher(line).find());
    }

    private boolean startsWithComment(String line) {
        return line.stripLeading().startsWith(comment);
    }

    private String comment(String line) {
        String body = line.stripLeading();
        return line.substring(0, line.length() - body.length()) + comment + " " + body;
    }

    private String uncommentOnce(String line) {
        String body = line.stripLeading();
        String indent = line.substring(0, line.length() - body.length());
        if (body.startsWith(comment + " ")) {
            return indent + body.substring(comment.length() + 1);
        }
        if (body.startsWith(comment)) {
            return indent + body.substring(comment.length());
        }
        return line;
    }
}
