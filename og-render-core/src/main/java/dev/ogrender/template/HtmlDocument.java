package dev.ogrender.template;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses bound template text as HTML5 with jsoup: lenient like a browser, no DTD or entity expansion,
 * with source positions kept on every node for error messages.
 */
public final class HtmlDocument {

    private HtmlDocument() {
    }

    /**
     * @param html the bound template
     * @return the document, with source ranges tracked
     */
    public static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return Jsoup.parse(html, "", parser);
    }
}
