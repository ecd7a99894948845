package dev.ogrender.style;

import static dev.ogrender.style.Longhand.FLEX_BASIS;
import static dev.ogrender.style.Longhand.FLEX_GROW;
import static dev.ogrender.style.Longhand.FLEX_SHRINK;

import dev.ogrender.style.Keywords.Align;
import dev.ogrender.style.Keywords.FlexDirection;
import dev.ogrender.style.Keywords.FlexWrap;
import dev.ogrender.style.Keywords.JustifyContent;
import java.util.List;
import java.util.Map;

/** Flexbox: direction, wrap, alignment, the flex shorthand and its longhands, order, gaps. */
final class FlexProperties {

    static final String JUSTIFY = Values.allowed(JustifyContent.values()) + " | start | end | left | right | normal";
    static final String ALIGN_ITEMS = "normal | stretch | flex-start | flex-end | center | baseline | start | end"
        + " | self-start | self-end";
    static final String ALIGN_SELF = "auto | " + ALIGN_ITEMS;
    static final String ALIGN_CONTENT = "normal | stretch | flex-start | flex-end | center | space-between"
        + " | space-around | space-evenly | start | end";
    static final String FLEX = "none | auto | <number> [<number>] [<length> | <percentage> | content]";
    static final String BASIS = "<length> | <percentage> | auto | content";
    static final String GAP = "<length> | <percentage> | normal";

    /** Logical and legacy spellings that compute to the flex keywords (no RTL or writing modes yet). */
    private static final Map<String, String> ALIASES = Map.of("start", "flex-start", "end", "flex-end",
        "left", "flex-start", "right", "flex-end", "self-start", "flex-start", "self-end", "flex-end");

    private FlexProperties() {
    }

    static void register(PropertyDef.Registry r) {
        String dirAllowed = Values.allowed(FlexDirection.values());
        String wrapAllowed = Values.allowed(FlexWrap.values());
        r.add("flex-direction", dirAllowed, Longhand.FLEX_DIRECTION, (v, out) -> direction(Values.single(v), out));
        r.add("flex-wrap", wrapAllowed, Longhand.FLEX_WRAP, (v, out) -> wrap(Values.single(v), out));
        r.add("flex-flow", dirAllowed + " || " + wrapAllowed, List.of(Longhand.FLEX_DIRECTION, Longhand.FLEX_WRAP),
            (v, out) -> flexFlow(v, out));
        r.add("justify-content", JUSTIFY, Longhand.JUSTIFY_CONTENT, (v, out) -> {
            Token t = Values.single(v);
            JustifyContent j = t.isIdent("normal") ? JustifyContent.FLEX_START
                : Values.keyword(alias(t), JustifyContent.values());
            out.set(Longhand.JUSTIFY_CONTENT, (s, p, rem) -> s.justifyContent = j);
        });
        r.add("align-items", ALIGN_ITEMS, Longhand.ALIGN_ITEMS, (v, out) -> {
            Align a = align(Values.single(v), ALIGN_ITEMS);
            out.set(Longhand.ALIGN_ITEMS, (s, p, rem) -> s.alignItems = a);
        });
        r.add("align-self", ALIGN_SELF, Longhand.ALIGN_SELF, (v, out) -> {
            Align a = align(Values.single(v), ALIGN_SELF);
            out.set(Longhand.ALIGN_SELF, (s, p, rem) -> s.alignSelf = a);
        });
        r.add("align-content", ALIGN_CONTENT, Longhand.ALIGN_CONTENT, (v, out) -> {
            Align a = align(Values.single(v), ALIGN_CONTENT);
            out.set(Longhand.ALIGN_CONTENT, (s, p, rem) -> s.alignContent = a);
        });
        r.add("flex", FLEX, List.of(FLEX_GROW, FLEX_SHRINK, FLEX_BASIS), FlexProperties::flex);
        r.add("flex-grow", "<number>", FLEX_GROW, (v, out) -> setGrow(out, nonNegative(Values.single(v))));
        r.add("flex-shrink", "<number>", FLEX_SHRINK, (v, out) -> setShrink(out, nonNegative(Values.single(v))));
        r.add("flex-basis", BASIS, FLEX_BASIS, (v, out) -> out.set(FLEX_BASIS, basis(Values.single(v))));
        r.add("order", "<integer>", Longhand.ORDER, (v, out) -> {
            int o = Values.integer(Values.single(v));
            out.set(Longhand.ORDER, (s, p, rem) -> s.order = o);
        });
        r.add("row-gap", GAP, Longhand.ROW_GAP, (v, out) -> out.set(Longhand.ROW_GAP, gap(Values.single(v), true)));
        r.add("column-gap", GAP, Longhand.COLUMN_GAP,
            (v, out) -> out.set(Longhand.COLUMN_GAP, gap(Values.single(v), false)));
        r.add("gap", GAP + " {1,2}", List.of(Longhand.ROW_GAP, Longhand.COLUMN_GAP), (v, out) -> {
            if (v.isEmpty() || v.size() > 2) {
                throw InvalidValue.invalid();
            }
            out.set(Longhand.ROW_GAP, gap(v.get(0), true));
            out.set(Longhand.COLUMN_GAP, gap(v.get(v.size() - 1), false));
        });
    }

    /**
     * The flex shorthand (CSS Flexbox 1, section 7.1): {@code flex: 1} is {@code 1 1 0%}, {@code auto} is
     * {@code 1 1 auto}, {@code none} is {@code 0 0 auto}; numbers are grow then shrink, the rest is the basis.
     */
    private static void flex(List<Token> v, Expansion out) {
        if (v.size() == 1 && (v.get(0).isIdent("none") || v.get(0).isIdent("auto"))) {
            float f = v.get(0).isIdent("auto") ? 1 : 0;
            setGrow(out, f);
            setShrink(out, f);
            out.set(FLEX_BASIS, (s, p, rem) -> s.flexBasis = Length.AUTO);
            return;
        }
        if (v.isEmpty() || v.size() > 3) {
            throw InvalidValue.invalid();
        }
        int i = 0;
        Applier basis = null;
        if (!v.get(0).is(Token.Type.NUMBER)) {
            basis = basis(v.get(i++));
        }
        float grow = 1;
        float shrink = 1;
        if (i < v.size()) {
            grow = nonNegative(v.get(i++));
            if (i < v.size() && v.get(i).is(Token.Type.NUMBER)) {
                shrink = nonNegative(v.get(i++));
            }
        }
        if (i < v.size()) {
            if (basis != null) {
                throw InvalidValue.invalid();
            }
            // After two flex factors a unitless zero is the basis (spec: "not already preceded by two").
            basis = basis(v.get(i++));
        }
        if (i < v.size()) {
            throw InvalidValue.invalid();
        }
        setGrow(out, grow);
        setShrink(out, shrink);
        out.set(FLEX_BASIS, basis != null ? basis : (s, p, rem) -> s.flexBasis = Length.percent(0));
    }

    private static void flexFlow(List<Token> v, Expansion out) {
        if (v.isEmpty() || v.size() > 2) {
            throw InvalidValue.invalid();
        }
        boolean dir = false;
        boolean wrap = false;
        for (Token t : v) {
            if (!dir && isKeyword(t, FlexDirection.values())) {
                direction(t, out);
                dir = true;
            } else if (!wrap && isKeyword(t, FlexWrap.values())) {
                wrap(t, out);
                wrap = true;
            } else {
                throw InvalidValue.invalid();
            }
        }
        if (!dir) {
            out.set(Longhand.FLEX_DIRECTION, (s, p, rem) -> s.flexDirection = FlexDirection.ROW);
        }
        if (!wrap) {
            out.set(Longhand.FLEX_WRAP, (s, p, rem) -> s.flexWrap = FlexWrap.NOWRAP);
        }
    }

    private static <E extends Enum<E>> boolean isKeyword(Token t, E[] values) {
        try {
            Values.keyword(t, values);
            return true;
        } catch (InvalidValue e) {
            return false;
        }
    }

    private static void direction(Token t, Expansion out) {
        FlexDirection d = Values.keyword(t, FlexDirection.values());
        out.set(Longhand.FLEX_DIRECTION, (s, p, rem) -> s.flexDirection = d);
    }

    private static void wrap(Token t, Expansion out) {
        FlexWrap w = Values.keyword(t, FlexWrap.values());
        out.set(Longhand.FLEX_WRAP, (s, p, rem) -> s.flexWrap = w);
    }

    private static Align align(Token t, String allowed) {
        Token k = alias(t);
        Align a = Values.keyword(k, Align.values());
        if (!allowed.contains(Keywords.css(a)) && !allowed.contains(t.lower())) {
            throw InvalidValue.invalid();
        }
        return a;
    }

    /** @return the token with a logical alias replaced by the flex keyword it computes to */
    private static Token alias(Token t) {
        String to = t.is(Token.Type.IDENT) ? ALIASES.get(t.lower()) : null;
        return to == null ? t : new Token(Token.Type.IDENT, to, 0, "", List.of());
    }

    private static Applier basis(Token t) {
        return Values.store(Values.lengthOrKeyword(t, false, Length.AUTO, Length.CONTENT), (s, l) -> s.flexBasis = l);
    }

    private static Applier gap(Token t, boolean row) {
        Len len = t.isIdent("normal") ? Len.ZERO : Values.length(t, true, false);
        return Values.store(len, row ? (s, l) -> s.rowGap = l : (s, l) -> s.columnGap = l);
    }

    private static float nonNegative(Token t) {
        float f = Values.number(t);
        if (f < 0) {
            throw InvalidValue.invalid();
        }
        return f;
    }

    private static void setGrow(Expansion out, float f) {
        out.set(FLEX_GROW, (s, p, rem) -> s.flexGrow = f);
    }

    private static void setShrink(Expansion out, float f) {
        out.set(FLEX_SHRINK, (s, p, rem) -> s.flexShrink = f);
    }
}
