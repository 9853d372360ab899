package org.policyexplorer.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The report in an HTML page as saved from a government site: the article's text, one paragraph per line,
 * without the portal around it — menus, breadcrumb, side columns, share bar, print links, related-article
 * lists, footer. The page's own charset declaration is honoured (many are GB2312).
 *
 * <p>The article is found by measuring, not by the names a site gives its elements (those are as often
 * pinyin initials — dh, wz, zw, xgwz — as English words): it is the smallest element holding at least 60% of
 * the page's text outside links, and inside it, every block whose text is mostly link text (a related-articles
 * list, a share bar, a breadcrumb, print and close links) is dropped. Only HTML's own page parts go by their
 * tags: scripts, styles, forms, {@code nav} and {@code aside} always, a {@code header} or {@code footer} when it
 * holds little of the text.
 */
final class HtmlText {
    private static final String BLOCKS = "p,div,h1,h2,h3,h4,h5,h6,li,tr,br,section,article,blockquote,pre,td";
    /** The article holds at least this share of the text outside links. */
    private static final double ARTICLE_SHARE = 0.6;
    /** A block whose text is at least this share link text is navigation, not the article. */
    private static final double LINK_DENSITY = 0.5;

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
        page.select("script,style,noscript,iframe,form,button,select,input,textarea,nav,aside").remove();
        Element body = page.body();
        String charset = page.charset() == null ? "UTF-8" : page.charset().name();
        if (body == null) {
            return new DecodedText("", "HTML (" + charset + ")");
        }
        int total = ownText(body);
        for (Element part : body.select("header,footer")) {
            if (ownText(part) < total * 0.5) {
                part.remove();
            }
        }
        Element main = mainContent(body);
        dropLinkBlocks(main);
        StringBuilder text = new StringBuilder();
        appendText(main, text);
        return new DecodedText(text.toString(), "HTML (" + charset + ")");
    }

    /** The smallest element that still holds most of the page's text outside links: the article. */
    private static Element mainContent(Element body) {
        int total = ownText(body);
        Element best = body;
        int bestLength = Integer.MAX_VALUE;
        for (Element e : body.select("article,main,div,section,td,table,tbody,center,font")) {
            int own = ownText(e);
            int length = e.text().length();
            if (own >= total * ARTICLE_SHARE && length < bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    /** Removes the blocks inside the article that are mostly links: lists of other pages, share and print bars. */
    private static void dropLinkBlocks(Element main) {
        for (Element e : new ArrayList<>(main.select("ul,ol,dl,div,p,table,section,span,td"))) {
            if (e == main || e.parent() == null) {
                continue;
            }
            int length = visible(e.text());
            int links = linkText(e);
            if (length > 0 && links >= 2 && links >= length * LINK_DENSITY) {
                e.remove();
            }
        }
    }

    /** Characters of an element's text outside links. */
    private static int ownText(Element e) {
        return visible(e.text()) - linkText(e);
    }

    private static int linkText(Element e) {
        int links = 0;
        for (Element a : e.select("a")) {
            links += visible(a.text());
        }
        return links;
    }

    private static int visible(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                n++;
            }
        }
        return n;
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
