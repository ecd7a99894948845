package dev.ogrender.image;

import dev.ogrender.internal.ResourceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks an SVG before Batik sees it, with a parser that refuses any DOCTYPE (so no entity, internal or
 * external, can expand or fetch anything) and refuses scripts, event handler attributes and references
 * to anything outside the document. Batik is also configured to deny scripts and external resources;
 * this check is what gives the user a message with a line number.
 */
final class SvgSafety {

    /** url(...) or href values that stay inside the document or are inline data. */
    private static final Pattern EXTERNAL_URL = Pattern.compile("url\\(\\s*['\"]?\\s*(?!#|data:)[^)\\s'\"]",
        Pattern.CASE_INSENSITIVE);

    private SvgSafety() {
    }

    /**
     * @param bytes the SVG document
     * @param what  its name, for messages
     * @param sizes receives the root element's width, height and viewBox attributes
     * @throws ResourceException naming the line of the first thing refused
     */
    static void check(byte[] bytes, String what, SvgSize.Builder sizes) {
        SAXParser parser = parser();
        Handler h = new Handler(what, sizes);
        try {
            parser.parse(new ByteArrayInputStream(bytes), h);
        } catch (SAXParseException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE")) {
                throw new ResourceException("SVG " + what + " line " + e.getLineNumber() + ": a DOCTYPE is not"
                    + " allowed in SVG images (entities are never expanded or fetched)");
            }
            throw new ResourceException("SVG " + what + " line " + e.getLineNumber() + ": not well-formed XML: " + m);
        } catch (SAXException | IOException e) {
            throw new ResourceException("SVG " + what + " cannot be read: " + e.getMessage());
        }
    }

    private static SAXParser parser() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            return f.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    /** Walks the elements, refusing what could run code or load something. */
    private static final class Handler extends DefaultHandler {
        private final String what;
        private final SvgSize.Builder sizes;
        private Locator locator;
        private boolean root = true;
        private boolean inStyle;

        Handler(String what, SvgSize.Builder sizes) {
            this.what = what;
            this.sizes = sizes;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
            String name = local.toLowerCase(Locale.ROOT);
            if (name.equals("script")) {
                throw refuse("<script> is not allowed in SVG images (scripts never run)");
            }
            for (int i = 0; i < atts.getLength(); i++) {
                String att = atts.getLocalName(i).toLowerCase(Locale.ROOT);
                String value = atts.getValue(i);
                if (att.startsWith("on")) {
                    throw refuse("event handler attribute " + atts.getQName(i) + " is not allowed in SVG images"
                        + " (scripts never run)");
                }
                if (att.equals("href") && !isLocal(value)) {
                    throw refuse("external reference \"" + value + "\" in <" + qName + " " + atts.getQName(i)
                        + "> is not allowed: SVG images load nothing from outside");
                }
                if (EXTERNAL_URL.matcher(value).find()) {
                    throw refuse("external url() in attribute " + atts.getQName(i) + " is not allowed: SVG images"
                        + " load nothing from outside");
                }
            }
            if (root) {
                sizes.root(atts.getValue("width"), atts.getValue("height"), atts.getValue("viewBox"));
                root = false;
            }
            inStyle = name.equals("style");
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inStyle) {
                String css = new String(ch, start, length);
                if (EXTERNAL_URL.matcher(css).find() || css.toLowerCase(Locale.ROOT).contains("@import")) {
                    throw refuse("external url() or @import in <style> is not allowed: SVG images load nothing"
                        + " from outside");
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            inStyle = false;
        }

        private static boolean isLocal(String href) {
            String h = href.strip().toLowerCase(Locale.ROOT);
            return h.isEmpty() || h.startsWith("#") || h.startsWith("data:");
        }

        private ResourceException refuse(String message) {
            int line = locator == null ? 0 : locator.getLineNumber();
            return new ResourceException("SVG " + what + " line " + line + ": " + message);
        }
    }
}
