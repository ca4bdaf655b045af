package io.huntbook.notebook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds everything in a report that could run script or load something from outside the page. */
final class OfflineCheck {
    private OfflineCheck() {}

    private static final Pattern CSS_URL = Pattern.compile("(?i)url\\(\\s*['\"]?([^'\")]*)");
    private static final Pattern DANGEROUS_TAGS = Pattern.compile(
            "(?i)script|iframe|frame|frameset|object|embed|form|input|button|base|link|svg|math|applet|audio|video"
                    + "|source|track|noscript|template");

    /** Problems, one line each; empty when the page is inert and offline. */
    static List<String> problems(String html) {
        List<String> problems = new ArrayList<>();
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            if (DANGEROUS_TAGS.matcher(e.normalName()).matches()) {
                problems.add("element <" + e.normalName() + ">");
            }
            if (e.normalName().equals("style") && e.parent() != doc.head()) {
                problems.add("<style> outside the head");
            }
            if (e.normalName().equals("meta") && e.hasAttr("http-equiv")
                    && !e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                problems.add("meta http-equiv " + e.attr("http-equiv"));
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase();
                String value = a.getValue().strip();
                if (key.startsWith("on")) {
                    problems.add("event handler " + key + " on <" + e.normalName() + ">");
                }
                if (key.equals("src") || key.equals("srcset") || key.equals("data") || key.equals("action")
                        || key.equals("formaction") || key.equals("poster") || key.equals("background")
                        || key.equals("xlink:href") || key.equals("cite")) {
                    if (!value.toLowerCase().startsWith("data:image/")) {
                        problems.add(key + "=\"" + value + "\" on <" + e.normalName() + ">");
                    }
                }
                if (key.equals("href") && !value.startsWith("#")) {
                    problems.add("href=\"" + value + "\" on <" + e.normalName() + ">");
                }
                if (key.equals("style")) {
                    urls(value, problems);
                }
            }
        }
        for (Element style : doc.select("style")) {
            urls(style.data(), problems);
        }
        return problems;
    }

    private static void urls(String css, List<String> problems) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            if (!m.group(1).strip().toLowerCase().startsWith("data:")) {
                problems.add("url(" + m.group(1) + ") in CSS");
            }
        }
    }
}
