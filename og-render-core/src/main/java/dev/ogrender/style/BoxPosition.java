package dev.ogrender.style;

import java.util.List;

/**
 * A {@code <position>} of one or two values ({@code center}, {@code left top}, {@code 30% 20px},
 * {@code bottom right}), as gradient centres and {@code transform-origin} take it. Keywords become
 * percentages, so the result is a pair of lengths resolved later against the box.
 */
final class BoxPosition {

    static final Len CENTER = new Len(50, Len.Unit.PERCENT, null);

    private BoxPosition() {
    }

    /**
     * @param v one or two tokens
     * @return {x, y}
     */
    static Len[] parse(List<Token> v) {
        if (v.isEmpty() || v.size() > 2) {
            if (v.size() > 2) {
                throw InvalidValue.unsupported("positions with offsets from an edge are not supported yet");
            }
            throw InvalidValue.invalid();
        }
        Token a = v.get(0);
        if (v.size() == 1) {
            if (isVertical(a)) {
                return new Len[] {CENTER, value(a)};
            }
            return new Len[] {value(a), CENTER};
        }
        Token b = v.get(1);
        if (isVertical(a) || isHorizontal(b)) {
            // "top left" names y first; only keywords may be swapped.
            if (!isKeyword(a) || !isKeyword(b) || isVertical(b) || isHorizontal(a)) {
                throw InvalidValue.invalid();
            }
            return new Len[] {value(b), value(a)};
        }
        return new Len[] {value(a), value(b)};
    }

    private static boolean isHorizontal(Token t) {
        return t.isIdent("left") || t.isIdent("right");
    }

    private static boolean isVertical(Token t) {
        return t.isIdent("top") || t.isIdent("bottom");
    }

    private static boolean isKeyword(Token t) {
        return t.is(Token.Type.IDENT);
    }

    private static Len value(Token t) {
        if (t.isIdent("left") || t.isIdent("top")) {
            return new Len(0, Len.Unit.PERCENT, null);
        }
        if (t.isIdent("right") || t.isIdent("bottom")) {
            return new Len(100, Len.Unit.PERCENT, null);
        }
        if (t.isIdent("center")) {
            return CENTER;
        }
        return Values.length(t, true, true);
    }
}
