package dev.ogrender.style;

/**
 * The user-agent stylesheet, as data: the rules of Chromium's
 * {@code third_party/blink/renderer/core/html/resources/html.css} that matter for a static card, with
 * logical properties ({@code margin-block}, {@code padding-inline-start}) written as their physical
 * equivalents for horizontal left-to-right text.
 *
 * <p>Deliberate differences, each because the renderer cannot draw the original yet: list items are
 * blocks (no markers), {@code hr} is a solid grey line rather than {@code inset}, links get their colour
 * but no underline, and {@code monospace} keeps the medium size (Chromium shrinks it to 13px).
 */
final class UserAgentStyles {

    /** The stylesheet text; parsed once per JVM by {@link SheetParser#userAgent()}. */
    static final String CSS = """
        html, address, blockquote, body, center, dialog, div, figure, figcaption, footer, form, header, hr,
        legend, listing, main, p, plaintext, pre, search, xmp, article, aside, h1, h2, h3, h4, h5, h6,
        hgroup, nav, section, dir, dd, dl, dt, menu, ol, ul, li, fieldset, details, summary, optgroup {
          display: block;
        }
        head, link, meta, script, style, title, template, base, area, datalist, noscript, param, source,
        track, [hidden] {
          display: none;
        }
        body { margin: 8px; }
        p { margin: 1em 0; }
        blockquote, figure { margin: 1em 40px; }
        address, cite, dfn, em, i, var { font-style: italic; }
        center { text-align: center; }
        h1 { font-size: 2em; margin: 0.67em 0; font-weight: bold; }
        h2 { font-size: 1.5em; margin: 0.83em 0; font-weight: bold; }
        h3 { font-size: 1.17em; margin: 1em 0; font-weight: bold; }
        h4 { margin: 1.33em 0; font-weight: bold; }
        h5 { font-size: 0.83em; margin: 1.67em 0; font-weight: bold; }
        h6 { font-size: 0.67em; margin: 2.33em 0; font-weight: bold; }
        ul, menu, dir, ol { margin: 1em 0; padding-left: 40px; }
        ul ul, ol ul, ul ol, ol ol, ul menu, ol menu, menu ul, menu ol { margin-top: 0; margin-bottom: 0; }
        dd { margin-left: 40px; }
        dl { margin: 1em 0; }
        dl dl, ul dl, ol dl, dl ul, dl ol { margin-top: 0; margin-bottom: 0; }
        pre, xmp, plaintext, listing { white-space: pre; margin: 1em 0; font-family: monospace; }
        code, kbd, samp, tt { font-family: monospace; }
        strong, b { font-weight: bolder; }
        small { font-size: smaller; }
        big { font-size: larger; }
        mark { background-color: yellow; color: black; }
        a[href] { color: #0000ee; }
        hr { margin: 0.5em auto; border: 1px solid gray; color: gray; overflow: hidden; }
        img, svg, video, canvas { overflow: hidden; }
        fieldset { margin: 0 2px; padding: 0.35em 0.75em 0.625em; border: 2px solid rgb(192, 192, 192); }
        """;

    private UserAgentStyles() {
    }
}
