package org.policyexplorer.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The report in an HTML page as saved from a government site: the main content's text, one paragraph per
 * line, without menus, headers, footers, scripts or share buttons. The page's own charset declaration is
 * honoured (many are GB2312).
 */
final class HtmlText {
    /** Parts of a page that are not the article. */
    private static final Pattern CHROME = Pattern.compile(
            "nav|menu|footer|header|breadcrumb|crumb|sidebar|share|toolbar|banner|copyright|search|login|links?$|"
                    + "related|comment|print|qrcode|erweima|fenxiang", Pattern.CASE_INSENSITIVE);
    private static final String BLOCKS = "p,div,h1,h2,h3,h4,h5,h6,li,tr,br,section,article,blockquote,pre,td";

    private HtmlText() {
    }

    static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<meta") && head.contains("charset") || BLOCK_TAG.matcher(head).results().count() >= 3;
    }

    /** A fragment saved without its page ("<div class=…><h4>…</h4><p>…"): block tags in its first bytes. */
    private static final Pattern BLOCK_TAG = Pattern.compile("<(?:p|div|h[1-6]|br)[\\s>/]");

    /** The text of the page's main content, or "" when it has none. */
    static DecodedText extract(byte[] bytes, String fileName) throws IOException {
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        page.select("script,style,noscript,iframe,form,nav,header,footer,aside,button,select,input").remove();
        for (Element e : new ArrayList<>(page.body() == null ? List.of() : page.body().getAllElements())) {
            String marks = e.id() + " " + e.className();
            if (e != page.body() && !marks.isBlank() && CHROME.matcher(marks).find() && e.parent() != null) {
                e.remove();
            }
        }
        Element main = mainContent(page);
        StringBuilder text = new StringBuilder();
        appendText(main, text);
        String charset = page.charset() == null ? "UTF-8" : page.charset().name();
        return new DecodedText(text.toString(), "HTML (" + charset + ")");
    }

    /** The element holding most of the page's text in paragraphs: the article, not the portal around it. */
    private static Element mainContent(Document page) {
        Element body = page.body();
        if (body == null) {
            return page;
        }
        Element best = body;
        int bestScore = 0;
        for (Element e : body.select("article,main,div,section,td")) {
            int paragraphs = e.select("p").size();
            int length = e.text().length();
            int score = length + paragraphs * 50;
            // prefer the smallest element that still holds nearly all of the text
            if (length >= body.text().length() * 0.6 && (bestScore == 0 || length <= best.text().length())
                    && paragraphs > 0) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    private static void appendText(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.append(t.getWholeText().replaceAll("[\\s\u00a0]+", " "));
            } else if (child instanceof Element e) {
                boolean block = e.is(BLOCKS);
                if (block) {
                    out.append('\n');
                }
                appendText(e, out);
                if (block) {
                    out.append('\n');
                }
            }
        }
    }
}
