package io.huntbook.notebook.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns terminal text (tracebacks, streams) into escaped HTML, with ANSI SGR colours as {@code <span>}s. The text
 * between escape sequences is escaped first; the spans carry only classes and colours computed from the numbers in
 * the sequence, so nothing from the text reaches an attribute. Other escape sequences are dropped.
 */
final class Ansi {
    private Ansi() {}

    // CSI sequences (ESC [ params final) and OSC sequences (ESC ] ... BEL or ESC \), and lone ESC + one char.
    private static final Pattern ESCAPE = Pattern.compile(
            "\u001b\\[([0-9;?]*)([@-~])|\u001b\\][^\u0007\u001b]*(?:\u0007|\u001b\\\\)?|\u001b[@-_]?");

    private static final String[] NAMES = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"};

    /** Escaped HTML for {@code text}, with its colours. */
    static String toHtml(String text) {
        String plain = collapseCarriageReturns(text);
        StringBuilder out = new StringBuilder(plain.length() + 32);
        Style style = new Style();
        Matcher m = ESCAPE.matcher(plain);
        int last = 0;
        while (m.find()) {
            appendRun(plain.substring(last, m.start()), style, out);
            if (m.group(2) != null && m.group(2).equals("m")) {
                style.apply(m.group(1));
            }
            last = m.end();
        }
        appendRun(plain.substring(last), style, out);
        return out.toString();
    }

    /** Keeps what a terminal would show of a line rewritten with {@code \r} (progress bars). */
    static String collapseCarriageReturns(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int cr = line.lastIndexOf('\r');
            out.append(cr >= 0 ? line.substring(cr + 1) : line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void appendRun(String run, Style style, StringBuilder out) {
        if (run.isEmpty()) {
            return;
        }
        String open = style.openTag();
        if (open.isEmpty()) {
            Html.escapeTo(run, out);
        } else {
            out.append(open);
            Html.escapeTo(run, out);
            out.append("</span>");
        }
    }

    /** The current SGR state. */
    private static final class Style {
        private String fg = "";
        private String bg = "";
        private boolean bold;
        private boolean underline;

        void apply(String params) {
            String[] codes = params.isEmpty() ? new String[] {"0"} : params.split(";", -1);
            for (int i = 0; i < codes.length; i++) {
                int code = parse(codes[i]);
                if (code == 0) {
                    fg = "";
                    bg = "";
                    bold = false;
                    underline = false;
                } else if (code == 1) {
                    bold = true;
                } else if (code == 4) {
                    underline = true;
                } else if (code == 22) {
                    bold = false;
                } else if (code == 24) {
                    underline = false;
                } else if (code >= 30 && code <= 37) {
                    fg = "c:ansi-" + NAMES[code - 30];
                } else if (code >= 90 && code <= 97) {
                    fg = "c:ansi-bright-" + NAMES[code - 90];
                } else if (code == 39) {
                    fg = "";
                } else if (code >= 40 && code <= 47) {
                    bg = "c:ansi-bg-" + NAMES[code - 40];
                } else if (code >= 100 && code <= 107) {
                    bg = "c:ansi-bg-bright-" + NAMES[code - 100];
                } else if (code == 49) {
                    bg = "";
                } else if (code == 38 || code == 48) {
                    int[] consumed = {0};
                    String colour = extended(codes, i + 1, consumed);
                    i += consumed[0];
                    if (code == 38) {
                        fg = colour;
                    } else {
                        bg = colour;
                    }
                }
            }
        }

        /** {@code 5;n} (256 colours) or {@code 2;r;g;b}, as an rgb() value computed from the numbers. */
        private static String extended(String[] codes, int at, int[] consumed) {
            if (at < codes.length && parse(codes[at]) == 5 && at + 1 < codes.length) {
                consumed[0] = 2;
                int[] rgb = xterm256(parse(codes[at + 1]));
                return "s:rgb(" + rgb[0] + "," + rgb[1] + "," + rgb[2] + ")";
            }
            if (at < codes.length && parse(codes[at]) == 2 && at + 3 < codes.length) {
                consumed[0] = 4;
                return "s:rgb(" + clamp(parse(codes[at + 1])) + "," + clamp(parse(codes[at + 2])) + ","
                        + clamp(parse(codes[at + 3])) + ")";
            }
            consumed[0] = codes.length - at;
            return "";
        }

        private static int[] xterm256(int n) {
            int c = clamp(n);
            if (c < 16) {
                int[][] base = {{0, 0, 0}, {205, 49, 49}, {13, 188, 121}, {229, 229, 16}, {36, 114, 200},
                        {188, 63, 188}, {17, 168, 205}, {229, 229, 229}, {102, 102, 102}, {241, 76, 76},
                        {35, 209, 139}, {245, 245, 67}, {59, 142, 234}, {214, 112, 214}, {41, 184, 219},
                        {255, 255, 255}};
                return base[c];
            }
            if (c < 232) {
                int i = c - 16;
                int[] steps = {0, 95, 135, 175, 215, 255};
                return new int[] {steps[i / 36], steps[(i / 6) % 6], steps[i % 6]};
            }
            int grey = 8 + (c - 232) * 10;
            return new int[] {grey, grey, grey};
        }

        private static int clamp(int v) {
            return Math.max(0, Math.min(255, v));
        }

        private static int parse(String code) {
            if (code.isEmpty() || code.length() > 3 || !code.chars().allMatch(Character::isDigit)) {
                return code.isEmpty() ? 0 : -1;
            }
            return Integer.parseInt(code);
        }

        String openTag() {
            StringBuilder classes = new StringBuilder();
            StringBuilder styles = new StringBuilder();
            String[] parts = {fg, bg};
            String[] properties = {"color:", "background-color:"};
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith("c:")) {
                    classes.append(classes.isEmpty() ? "" : " ").append(parts[i].substring(2));
                } else if (parts[i].startsWith("s:")) {
                    styles.append(properties[i]).append(parts[i].substring(2)).append(';');
                }
            }
            if (bold) {
                classes.append(classes.isEmpty() ? "" : " ").append("ansi-bold");
            }
            if (underline) {
                classes.append(classes.isEmpty() ? "" : " ").append("ansi-underline");
            }
            if (classes.isEmpty() && styles.isEmpty()) {
                return "";
            }
            StringBuilder tag = new StringBuilder("<span");
            if (!classes.isEmpty()) {
                tag.append(" class=\"").append(classes).append('"');
            }
            if (!styles.isEmpty()) {
                tag.append(" style=\"").append(styles).append('"');
            }
            return tag.append('>').toString();
        }
    }
}
