package org.policyexplorer.annotate.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML writer for {@code project.qde}: elements, attributes and text, every value through {@link XmlText}
 * (the JDK's stream writer leaves CR, LF and TAB in attributes as they are, and parsers then change them). One
 * namespace, declared on the root; elements are closed in the order opened.
 */
final class QdeWriter {
    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    /** Whether the start tag of the innermost element is still open for attributes. */
    private boolean inStartTag;

    QdeWriter(OutputStream stream) throws IOException {
        out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    QdeWriter start(String name) throws IOException {
        closeStartTag();
        if (!open.isEmpty()) {
            out.write('\n');
            out.write("  ".repeat(open.size()));
        }
        out.write('<');
        out.write(name);
        open.push(name);
        inStartTag = true;
        return this;
    }

    QdeWriter attribute(String name, String value) throws IOException {
        if (!inStartTag) {
            throw new IllegalStateException("attribute " + name + " after content");
        }
        out.write(' ');
        out.write(name);
        out.write("=\"");
        out.write(XmlText.attribute(value));
        out.write('"');
        return this;
    }

    /** Text content; written as is (no indentation around it, which would become part of it). */
    QdeWriter text(String value) throws IOException {
        closeStartTag();
        out.write(XmlText.text(value));
        textOnly = true;
        return this;
    }

    /** Whether the innermost element holds text, so its end tag must follow the text directly. */
    private boolean textOnly;

    QdeWriter end() throws IOException {
        String name = open.pop();
        if (inStartTag) {
            out.write("/>");
            inStartTag = false;
        } else {
            if (!textOnly) {
                out.write('\n');
                out.write("  ".repeat(open.size()));
            }
            out.write("</");
            out.write(name);
            out.write('>');
        }
        textOnly = false;
        return this;
    }

    /** An element with only attributes: {@code start(name)} with attributes, then {@link #end()}. */
    QdeWriter empty(String name, String... attributes) throws IOException {
        start(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attribute(attributes[i], attributes[i + 1]);
        }
        return end();
    }

    /** An element holding only text. */
    QdeWriter textElement(String name, String value) throws IOException {
        return start(name).text(value).end();
    }

    void finish() throws IOException {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed " + open.peek());
        }
        out.write('\n');
        out.flush();
    }

    private void closeStartTag() throws IOException {
        if (inStartTag) {
            out.write('>');
            inStartTag = false;
        }
    }
}
