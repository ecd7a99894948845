package dev.ogrender.style;

import dev.ogrender.internal.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The property registry: turns one declaration into longhand {@link Decl}s, or into a problem that
 * says what was wrong, where, and what is allowed.
 */
final class Properties {

    private static final List<PropertyDef.Family> FAMILIES = List.of(
        BoxProperties::register, PositionProperties::register, FlexProperties::register,
        FontProperties::register, TextProperties::register, ColorProperties::register,
        BackgroundProperties::register, BorderProperties::register,
        // text (wt/text)
        TextDecorationProperties::register, TextWrapProperties::register, InlineBoxProperties::register,
        // images
        BackgroundLayerProperties::register,
        // effects
        ShadowProperties::register, TransformProperties::register, FilterProperties::register,
        ClipProperties::register);

    private static final Map<String, PropertyDef> DEFS = new HashMap<>();

    /**
     * Accepted and ignored without a warning: they do not change the picture of a static card (or
     * describe how the browser should rasterize text, which we decide ourselves).
     */
    private static final Set<String> IGNORED = Set.of(
        "-webkit-font-smoothing", "-moz-osx-font-smoothing", "font-smoothing", "text-rendering",
        "cursor", "user-select", "-webkit-user-select", "pointer-events", "transition", "animation",
        "will-change", "font-display", "-webkit-tap-highlight-color", "content-visibility",
        "font-feature-settings", "font-kerning", "font-optical-sizing", "-webkit-text-size-adjust",
        "text-size-adjust", "speak", "resize", "scroll-behavior", "touch-action", "outline-offset");

    /** Known CSS that changes the picture but is not implemented: always a warning. */
    private static final Set<String> UNSUPPORTED = Set.of(
        "backdrop-filter",
        "clip-path", "mask", "mask-image", "mix-blend-mode", "background-blend-mode", "outline",
        "outline-color", "outline-width", "outline-style", "line-clamp",
        "hyphens", "font-variant", "font-stretch", "grid", "grid-template-columns",
        "grid-template-rows", "grid-template-areas", "grid-area", "grid-column", "grid-row",
        "place-items", "place-content", "place-self", "justify-items", "justify-self",
        "background-attachment",
        "list-style", "list-style-type", "float", "clear", "visibility", "direction", "writing-mode",
        "overflow-x", "overflow-y", "inset", "content", "border-image", "columns", "column-count",
        "-webkit-text-stroke", "isolation",
        "table-layout", "border-collapse", "border-spacing", "tab-size", "quotes", "counter-reset",
        "counter-increment", "image-rendering", "font-synthesis", "font-variant-numeric");

    static {
        PropertyDef.Registry r = (name, allowed, longhands, parser) ->
            DEFS.put(name, new PropertyDef(name, allowed, longhands, parser));
        FAMILIES.forEach(f -> f.register(r));
    }

    private Properties() {
    }

    /** @return the definition of a supported property, or null */
    static PropertyDef get(String name) {
        return DEFS.get(name);
    }

    /**
     * Parses one declaration.
     *
     * @param name      the property as written
     * @param valueText the value without {@code !important}
     * @param important whether it was {@code !important}
     * @param line      1-based line of the declaration in the document, or 0
     * @param column    1-based column, or 0
     * @param out       receives the longhand declarations
     * @param problems  receives warnings
     */
    static void parse(String name, String valueText, boolean important, int line, int column,
            List<Decl> out, List<Problem> problems) {
        String prop = name.toLowerCase(Locale.ROOT);
        if (name.startsWith("--")) {
            // Custom property names are case-sensitive; the value is kept as written.
            out.add(new Decl(null, new CustomProperties.Declared(name, valueText.trim(), line, column), important));
            return;
        }
        PropertyDef def = DEFS.get(prop);
        if (def == null) {
            if (!IGNORED.contains(prop)) {
                String what = UNSUPPORTED.contains(prop) ? "Unsupported" : "Unknown";
                problems.add(problem(what + " property \"" + name + "\"", line, column));
            }
            return;
        }
        if (CustomProperties.usesVar(valueText)) {
            // Parsed per element once the custom properties are known (CSS Variables 1, section 3).
            for (Longhand l : def.longhands()) {
                out.add(new Decl(l, new CustomProperties.Pending(def, l, valueText, line, column), important));
            }
            return;
        }
        List<Token> tokens = Token.tokenize(valueText);
        if (isCssWide(tokens)) {
            for (Longhand l : def.longhands()) {
                out.add(new Decl(l, keywordApplier(tokens.get(0), l), important));
            }
            return;
        }
        Expansion ex = new Expansion();
        try {
            LayerValues.DECLARATION_AT.set(new int[] {line, column});
            def.parser().parse(tokens, ex);
        } catch (InvalidValue e) {
            problems.add(problem(message(def, valueText, e), line, column));
            return;
        }
        for (String w : ex.warnings) {
            problems.add(problem(w, line, column));
        }
        for (int i = 0; i < ex.properties.size(); i++) {
            out.add(new Decl(ex.properties.get(i), ex.values.get(i), important));
        }
    }

    /** @return the message for an invalid or unsupported value */
    static String message(PropertyDef def, String valueText, InvalidValue e) {
        if (e.unsupportedReason() != null) {
            return "Unsupported value \"" + valueText + "\" for " + def.name() + ": " + e.unsupportedReason();
        }
        return "Invalid value \"" + valueText + "\" for " + def.name() + ". Allowed: " + def.allowed();
    }

    /** @return whether the value is a lone CSS-wide keyword, which every property accepts */
    static boolean isCssWide(List<Token> tokens) {
        if (tokens.size() != 1) {
            return false;
        }
        Token t = tokens.get(0);
        return t.isIdent("inherit") || t.isIdent("initial") || t.isIdent("unset") || t.isIdent("revert")
            || t.isIdent("revert-layer");
    }

    static Applier keywordApplier(Token t, Longhand l) {
        if (t.isIdent("inherit")) {
            return l.inheritValue();
        }
        if (t.isIdent("initial")) {
            return l.initialValue();
        }
        // revert: there is no user origin, and reverting to the UA value is approximated as unset.
        return l.unsetValue();
    }

    static Problem problem(String message, int line, int column) {
        return new Problem(Problem.Kind.STYLE, message, line, column);
    }
}
