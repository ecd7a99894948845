package dev.ogrender.style;

import dev.ogrender.style.BackgroundLayers.Area;
import dev.ogrender.style.BackgroundLayers.Repeat;
import dev.ogrender.style.BackgroundLayers.RepeatStyle;
import dev.ogrender.style.BackgroundLayers.SizeKind;
import dev.ogrender.style.Token.Type;
import java.util.List;

/**
 * Parsers for the values of one background layer (CSS Backgrounds 3, section 3): {@code <bg-position>},
 * {@code <bg-size>}, {@code <repeat-style>}, {@code <box>}, and {@code url()}. Each reads from a token
 * list at an index and returns what it read, so the {@code background} shorthand can take them in any
 * order. Lengths stay {@link Len} until applied, because {@code em} depends on the element.
 */
final class LayerValues {

    /** Records where the declaration being parsed is, so url() references carry a position. */
    static final ThreadLocal<int[]> DECLARATION_AT = ThreadLocal.withInitial(() -> new int[] {0, 0});

    private LayerValues() {
    }

    /** A position before computing. */
    record Pos(Len x, boolean fromRight, Len y, boolean fromBottom) {
        BackgroundLayers.Position compute(float fontSize, float rem) {
            return new BackgroundLayers.Position(x.compute(fontSize, rem), fromRight, y.compute(fontSize, rem),
                fromBottom);
        }
    }

    /** A size before computing; null lengths mean auto. */
    record Sz(SizeKind kind, Len w, Len h) {
        BackgroundLayers.Size compute(float fontSize, float rem) {
            return new BackgroundLayers.Size(kind, w == null ? Length.AUTO : w.compute(fontSize, rem),
                h == null ? Length.AUTO : h.compute(fontSize, rem));
        }
    }

    /** @return the ImageRef of a url() token, at the declaration being parsed */
    static ImageRef url(Token t) {
        String u = t.args().isEmpty() || t.args().get(0).isEmpty() ? "" : t.args().get(0).get(0).text();
        int[] at = DECLARATION_AT.get();
        return new ImageRef(u, at[0], at[1]);
    }

    static boolean isPositionStart(Token t) {
        return t.isIdent("left") || t.isIdent("right") || t.isIdent("top") || t.isIdent("bottom")
            || t.isIdent("center") || isLength(t);
    }

    private static boolean isLength(Token t) {
        return t.is(Type.DIMENSION) || t.is(Type.PERCENT) || (t.is(Type.NUMBER) && t.number() == 0);
    }

    /**
     * Reads a 1- to 4-value position from {@code v} at {@code i[0]}, advancing it.
     *
     * @return the position
     * @throws InvalidValue if the tokens are not a position
     */
    static Pos position(List<Token> v, int[] i) {
        int start = i[0];
        while (i[0] < v.size() && i[0] - start < 4 && isPositionStart(v.get(i[0]))) {
            i[0]++;
        }
        List<Token> p = v.subList(start, i[0]);
        if (p.isEmpty()) {
            throw InvalidValue.invalid();
        }
        return p.size() <= 2 ? shortPosition(p) : longPosition(p);
    }

    private static Pos shortPosition(List<Token> p) {
        Token a = p.get(0);
        Token b = p.size() > 1 ? p.get(1) : null;
        // One keyword of the vertical axis first swaps the pair ("top left", "bottom 10px" is invalid).
        if (a.isIdent("top") || a.isIdent("bottom") || (b != null && (b.isIdent("left") || b.isIdent("right")))) {
            if (b != null && isLength(b) || isLength(a)) {
                throw InvalidValue.invalid();
            }
            Token t = a;
            a = b == null ? ident("center") : b;
            b = t;
        }
        return new Pos(axis(a, "left", "right"), a.isIdent("right"), axis(b == null ? ident("center") : b, "top",
            "bottom"), b != null && b.isIdent("bottom"));
    }

    private static Token ident(String s) {
        return new Token(Type.IDENT, s, 0, "", List.of());
    }

    private static Len axis(Token t, String start, String end) {
        if (t.isIdent(start)) {
            return new Len(0, Len.Unit.PERCENT, null);
        }
        if (t.isIdent(end)) {
            return new Len(0, Len.Unit.PERCENT, null);
        }
        if (t.isIdent("center")) {
            return new Len(50, Len.Unit.PERCENT, null);
        }
        if (t.is(Type.IDENT)) {
            throw InvalidValue.invalid();
        }
        return Values.length(t, true, true);
    }

    /** 3 and 4 values: keyword, offset pairs such as {@code right 20px bottom 10%}. */
    private static Pos longPosition(List<Token> p) {
        Len x = null;
        Len y = null;
        boolean right = false;
        boolean bottom = false;
        for (int k = 0; k < p.size(); k++) {
            Token kw = p.get(k);
            Len offset = new Len(0, Len.Unit.PX, null);
            if (k + 1 < p.size() && isLength(p.get(k + 1))) {
                offset = Values.length(p.get(++k), true, true);
            }
            if (kw.isIdent("left") || kw.isIdent("right")) {
                x = kw.isIdent("center") ? null : offset;
                right = kw.isIdent("right");
            } else if (kw.isIdent("top") || kw.isIdent("bottom")) {
                y = offset;
                bottom = kw.isIdent("bottom");
            } else if (kw.isIdent("center") && offset.value() == 0) {
                if (x == null) {
                    x = new Len(50, Len.Unit.PERCENT, null);
                } else {
                    y = new Len(50, Len.Unit.PERCENT, null);
                }
            } else {
                throw InvalidValue.invalid();
            }
        }
        if (x == null || y == null) {
            throw InvalidValue.invalid();
        }
        return new Pos(x, right, y, bottom);
    }

    /** Reads {@code cover | contain | [<length-percentage> | auto]{1,2}} at {@code i[0]}. */
    static Sz size(List<Token> v, int[] i) {
        Token t = v.get(i[0]++);
        if (t.isIdent("cover")) {
            return new Sz(SizeKind.COVER, null, null);
        }
        if (t.isIdent("contain")) {
            return new Sz(SizeKind.CONTAIN, null, null);
        }
        Len w = sizeLength(t);
        Len h = null;
        if (i[0] < v.size() && (isLength(v.get(i[0])) || v.get(i[0]).isIdent("auto"))) {
            h = sizeLength(v.get(i[0]++));
        }
        return new Sz(SizeKind.EXPLICIT, w, h);
    }

    private static Len sizeLength(Token t) {
        return t.isIdent("auto") ? null : Values.length(t, true, false);
    }

    static boolean isRepeat(Token t) {
        return t.isIdent("repeat") || t.isIdent("no-repeat") || t.isIdent("repeat-x") || t.isIdent("repeat-y")
            || t.isIdent("space") || t.isIdent("round");
    }

    /** Reads a {@code <repeat-style>} at {@code i[0]}. */
    static Repeat repeat(List<Token> v, int[] i) {
        Token a = v.get(i[0]++);
        if (a.isIdent("repeat-x")) {
            return new Repeat(RepeatStyle.REPEAT, RepeatStyle.NO_REPEAT);
        }
        if (a.isIdent("repeat-y")) {
            return new Repeat(RepeatStyle.NO_REPEAT, RepeatStyle.REPEAT);
        }
        RepeatStyle x = Values.keyword(a, RepeatStyle.values());
        if (i[0] < v.size() && isRepeat(v.get(i[0])) && !v.get(i[0]).isIdent("repeat-x")
                && !v.get(i[0]).isIdent("repeat-y")) {
            return new Repeat(x, Values.keyword(v.get(i[0]++), RepeatStyle.values()));
        }
        return new Repeat(x, x);
    }

    static boolean isArea(Token t) {
        return t.isIdent("border-box") || t.isIdent("padding-box") || t.isIdent("content-box");
    }

    static Area area(Token t) {
        return Values.keyword(t, Area.values());
    }
}
