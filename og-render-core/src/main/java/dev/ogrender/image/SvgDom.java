package dev.ogrender.image;

import dev.ogrender.internal.ResourceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Parses a checked SVG into a DOM for Batik with the same hardened settings as {@link SvgSafety}, so
 * Batik never parses XML itself, and rewrites SVG 2's plain {@code href} as the {@code xlink:href} that
 * Batik (an SVG 1.1 implementation) reads: {@code <use href="#icon">} and embedded {@code data:} images
 * then draw as in Chromium.
 */
final class SvgDom {

    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private SvgDom() {
    }

    static Document parse(byte[] svg, String what) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document doc = b.parse(new ByteArrayInputStream(svg));
            xlinkHrefs(doc.getDocumentElement());
            return doc;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        } catch (SAXException | IOException e) {
            throw new ResourceException("SVG " + what + " cannot be read: " + e.getMessage());
        }
    }

    private static void xlinkHrefs(Element el) {
        if (el.hasAttributeNS(null, "href") && !el.hasAttributeNS(XLINK, "href")) {
            el.setAttributeNS(XLINK, "xlink:href", el.getAttributeNS(null, "href"));
        }
        for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                xlinkHrefs(child);
            }
        }
    }
}
