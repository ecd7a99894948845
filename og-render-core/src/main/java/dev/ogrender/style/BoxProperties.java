package dev.ogrender.style;

import static dev.ogrender.style.Longhand.HEIGHT;
import static dev.ogrender.style.Longhand.MAX_HEIGHT;
import static dev.ogrender.style.Longhand.MAX_WIDTH;
import static dev.ogrender.style.Longhand.MIN_HEIGHT;
import static dev.ogrender.style.Longhand.MIN_WIDTH;
import static dev.ogrender.style.Longhand.WIDTH;

import dev.ogrender.style.Keywords.BoxSizing;
import dev.ogrender.style.Keywords.Display;
import dev.ogrender.style.Keywords.Overflow;
import java.util.List;
import java.util.function.BiConsumer;

/** The box: display, box-sizing, sizes, margin, padding, overflow. */
final class BoxProperties {

    static final String DISPLAY = Values.allowed(Display.values());
    static final String SIZE = "<length> | <percentage> | auto";
    static final String MAX_SIZE = "<length> | <percentage> | none";
    static final String MARGIN = "<length> | <percentage> | auto";
    static final String PADDING = "<length> | <percentage>";
    static final String OVERFLOW = "visible | hidden | clip | auto | scroll";

    private static final String[] SIDES = {"top", "right", "bottom", "left"};
    private static final List<Longhand> MARGINS = List.of(Longhand.MARGIN_TOP, Longhand.MARGIN_RIGHT,
        Longhand.MARGIN_BOTTOM, Longhand.MARGIN_LEFT);
    private static final List<Longhand> PADDINGS = List.of(Longhand.PADDING_TOP, Longhand.PADDING_RIGHT,
        Longhand.PADDING_BOTTOM, Longhand.PADDING_LEFT);

    private BoxProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("display", DISPLAY, Longhand.DISPLAY, BoxProperties::display);
        r.add("box-sizing", Values.allowed(BoxSizing.values()), Longhand.BOX_SIZING, (v, out) -> {
            BoxSizing b = Values.keyword(Values.single(v), BoxSizing.values());
            out.set(Longhand.BOX_SIZING, (s, p, rem) -> s.boxSizing = b);
        });
        size(r, "width", WIDTH, SIZE, (s, l) -> s.width = l, Length.AUTO);
        size(r, "height", HEIGHT, SIZE, (s, l) -> s.height = l, Length.AUTO);
        size(r, "min-width", MIN_WIDTH, SIZE, (s, l) -> s.minWidth = l, Length.AUTO);
        size(r, "min-height", MIN_HEIGHT, SIZE, (s, l) -> s.minHeight = l, Length.AUTO);
        size(r, "max-width", MAX_WIDTH, MAX_SIZE, (s, l) -> s.maxWidth = l, Length.NONE);
        size(r, "max-height", MAX_HEIGHT, MAX_SIZE, (s, l) -> s.maxHeight = l, Length.NONE);
        for (int i = 0; i < 4; i++) {
            int side = i;
            r.add("margin-" + SIDES[i], MARGIN, MARGINS.get(i), (v, out) ->
                out.set(MARGINS.get(side), margin(Values.single(v), side)));
            r.add("padding-" + SIDES[i], PADDING, PADDINGS.get(i), (v, out) ->
                out.set(PADDINGS.get(side), padding(Values.single(v), side)));
        }
        r.add("margin", MARGIN + " {1,4}", MARGINS, (v, out) -> {
            Token[] t = fourSides(v);
            for (int i = 0; i < 4; i++) {
                out.set(MARGINS.get(i), margin(t[i], i));
            }
        });
        r.add("padding", PADDING + " {1,4}", PADDINGS, (v, out) -> {
            Token[] t = fourSides(v);
            for (int i = 0; i < 4; i++) {
                out.set(PADDINGS.get(i), padding(t[i], i));
            }
        });
        r.add("overflow", OVERFLOW, Longhand.OVERFLOW, BoxProperties::overflow);
    }

    /**
     * Spreads the 1-4 values of a box shorthand to top, right, bottom, left, as CSS does.
     *
     * @param v the tokens
     * @return four tokens
     */
    static Token[] fourSides(List<Token> v) {
        return switch (v.size()) {
            case 1 -> new Token[] {v.get(0), v.get(0), v.get(0), v.get(0)};
            case 2 -> new Token[] {v.get(0), v.get(1), v.get(0), v.get(1)};
            case 3 -> new Token[] {v.get(0), v.get(1), v.get(2), v.get(1)};
            case 4 -> new Token[] {v.get(0), v.get(1), v.get(2), v.get(3)};
            default -> throw InvalidValue.invalid();
        };
    }

    private static void display(List<Token> v, Expansion out) {
        Token t = Values.single(v);
        Display d;
        if (t.isIdent("-webkit-box") || t.isIdent("-webkit-inline-box")) {
            // text (wt/text): the legacy box is used for line clamping; it lays out as a block here.
            Display box = t.isIdent("-webkit-box") ? Display.BLOCK : Display.INLINE_BLOCK;
            out.set(Longhand.DISPLAY, (s, p, rem) -> {
                s.display = box;
                s.webkitBox = true;
            });
            return;
        } else if (t.isIdent("list-item")) {
            // Layout has no list markers; the box itself is a block.
            out.warn("Unsupported value \"list-item\" for display: list markers are not drawn (treated as block)");
            d = Display.BLOCK;
        } else if (t.isIdent("grid") || t.isIdent("inline-grid") || t.isIdent("table") || t.isIdent("contents")
                || t.isIdent("flow-root") || t.lower().startsWith("table-")) {
            boolean inline = t.lower().startsWith("inline");
            d = inline ? Display.INLINE_BLOCK : Display.BLOCK;
            out.warn("Unsupported value \"" + t.text() + "\" for display (treated as " + Keywords.css(d) + ")");
        } else {
            d = Values.keyword(t, Display.values());
        }
        Display display = d;
        out.set(Longhand.DISPLAY, (s, p, rem) -> s.display = display);
    }

    private static void overflow(List<Token> v, Expansion out) {
        if (v.isEmpty() || v.size() > 2) {
            throw InvalidValue.invalid();
        }
        Overflow result = Overflow.VISIBLE;
        for (Token t : v) {
            String k = t.is(Token.Type.IDENT) ? t.lower() : "";
            switch (k) {
                case "visible" -> { }
                case "hidden", "clip" -> result = Overflow.HIDDEN;
                case "auto", "scroll" -> {
                    // A picture cannot scroll; clipping is what a screenshot of a scroll box shows.
                    out.warn("Unsupported value \"" + t.text() + "\" for overflow (treated as hidden)");
                    result = Overflow.HIDDEN;
                }
                default -> throw InvalidValue.invalid();
            }
        }
        Overflow o = result;
        out.set(Longhand.OVERFLOW, (s, p, rem) -> s.overflow = o);
    }

    private static void size(PropertyDef.Registry r, String name, Longhand l, String allowed,
            BiConsumer<ComputedStyle, Length> setter, Length keyword) {
        r.add(name, allowed, l, (v, out) -> {
            Token t = Values.single(v);
            if (t.isIdent("min-content") || t.isIdent("max-content") || t.isIdent("fit-content")) {
                throw InvalidValue.unsupported(t.lower() + " is not supported yet");
            }
            out.set(l, Values.store(Values.lengthOrKeyword(t, false, keyword), setter));
        });
    }

    private static Applier margin(Token t, int side) {
        return Values.store(Values.lengthOrKeyword(t, true, Length.AUTO), (s, l) -> s.margin[side] = l);
    }

    private static Applier padding(Token t, int side) {
        return Values.store(Values.length(t, true, false), (s, l) -> s.padding[side] = l);
    }
}
