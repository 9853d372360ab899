package org.policyexplorer.annotate.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.policyexplorer.annotate.AnnotationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a {@code project.qde} safely and checks it is REFI-QDA: a DOCTYPE (where entities, external or not, would
 * be declared) is refused before parsing, and the JDK's parsers are set to refuse it again and to fetch nothing
 * (secure processing, no external DTD or schema, no XInclude); GUIDs are checked against the schema's pattern
 * with their line; then the whole file is validated against the REFI-QDA Project schema.
 */
final class SecureXml {
    /** The schema's GUIDType: 8-4-4-4-12 hex, optionally in braces. */
    static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{12}|\\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\}");
    /** The attributes the schema types as GUIDType. */
    private static final Set<String> GUID_ATTRIBUTES = Set.of("guid", "targetGUID", "originGUID", "creatingUser",
            "modifyingUser", "creatingUserGUID", "modifyingUserGUID");
    private static final String SCHEMA_RESOURCE = "/org/policyexplorer/refi-qda/Project.xsd";

    private SecureXml() {
    }

    /** The project, parsed and checked; refused with a message saying where and why when it is not fit. */
    static Document project(byte[] xml) throws AnnotationException {
        if (declaresDoctype(xml)) {
            throw new AnnotationException(AnnotationException.Problem.XML_DOCTYPE, "project.qde");
        }
        Document doc = parse(xml);
        checkGuids(xml);
        validate(xml);
        return doc;
    }

    /**
     * Whether a DOCTYPE comes before the root element (after the XML declaration, comments, processing
     * instructions and white space). Checked by hand so the refusal does not hang on a parser's wording.
     */
    static boolean declaresDoctype(byte[] xml) {
        String s = new String(xml, 0, Math.min(xml.length, 64 * 1024), StandardCharsets.UTF_8);
        int i = s.startsWith("\uFEFF") ? 1 : 0;
        while (i < s.length()) {
            if (Character.isWhitespace(s.charAt(i))) {
                i++;
            } else if (s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i);
                i = end < 0 ? s.length() : end + 3;
            } else {
                return s.startsWith("<!DOCTYPE", i) || s.startsWith("<!doctype", i);
            }
        }
        return false;
    }

    private static Document parse(byte[] xml) throws AnnotationException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null); // errors are thrown, not printed to the console
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            throw new AnnotationException(AnnotationException.Problem.BAD_XML, Integer.toString(e.getLineNumber()),
                    Integer.toString(e.getColumnNumber()), e.getMessage());
        } catch (SAXException | IOException e) {
            throw new AnnotationException(AnnotationException.Problem.BAD_XML, "?", "?", e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's parser takes these settings", e);
        }
    }

    /** The first attribute of GUID type that is not a GUID, with its line: the schema's message is less plain. */
    private static void checkGuids(byte[] xml) throws AnnotationException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = new ByteArrayInputStream(xml)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String value = r.getAttributeValue(i).strip();
                        if (GUID_ATTRIBUTES.contains(r.getAttributeLocalName(i)) && !GUID.matcher(value).matches()) {
                            throw new AnnotationException(AnnotationException.Problem.BAD_GUID, value,
                                    Integer.toString(r.getLocation().getLineNumber()), r.getLocalName());
                        }
                    }
                }
            }
            r.close();
        } catch (XMLStreamException | IOException e) {
            // parsed well above; nothing else to learn here
        }
    }

    private static void validate(byte[] xml) throws AnnotationException {
        try {
            Validator validator = Holder.SCHEMA.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            throw new AnnotationException(AnnotationException.Problem.NOT_REFI_QDA,
                    Integer.toString(e.getLineNumber()), Integer.toString(e.getColumnNumber()), e.getMessage());
        } catch (SAXException | IOException e) {
            throw new AnnotationException(AnnotationException.Problem.NOT_REFI_QDA, "?", "?", e.getMessage());
        }
    }

    /** The schema, loaded once (a Schema is thread-safe; validators are not, so each check makes one). */
    private static final class Holder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try (InputStream in = SecureXml.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return factory.newSchema(new StreamSource(in, SCHEMA_RESOURCE));
            } catch (IOException | SAXException e) {
                throw new IllegalStateException("the bundled REFI-QDA schema loads", e);
            }
        }
    }
}
