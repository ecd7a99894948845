package dev.ogrender.style;

import dev.ogrender.style.Token.Type;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/** Parsing helpers shared by the property families: single tokens, keywords, lengths, numbers. */
final class Values {

    /** Functions that are valid CSS but that we do not evaluate (var() is substituted before parsing). */
    private static final List<String> LATER_FUNCTIONS = List.of("var", "env");

    private Values() {
    }

    /** @return the only token of a value; invalid when there are more or none */
    static Token single(List<Token> value) {
        if (value.size() != 1) {
            throw InvalidValue.invalid();
        }
        return value.get(0);
    }

    /**
     * @param t      an identifier
     * @param values the enum constants allowed, spelled as {@link Keywords#css}
     * @return the matching constant; invalid otherwise
     */
    static <E extends Enum<E>> E keyword(Token t, E[] values) {
        if (t.is(Type.IDENT)) {
            for (E e : values) {
                if (Keywords.css(e).equalsIgnoreCase(t.text())) {
                    return e;
                }
            }
        }
        throw InvalidValue.invalid();
    }

    /** @return the allowed-values text for a set of enum constants: {@code a | b | c} */
    @SafeVarargs
    static <E extends Enum<E>> String allowed(E... values) {
        StringJoiner j = new StringJoiner(" | ");
        for (E e : values) {
            j.add(Keywords.css(e));
        }
        return j.toString();
    }

    /**
     * Parses a length.
     *
     * @param t        the token
     * @param percent  whether percentages are allowed
     * @param negative whether negative values are allowed
     * @return the declared length
     */
    static Len length(Token t, boolean percent, boolean negative) {
        if (t.is(Type.FUNCTION) && Calc.isMathFunction(t)) {
            Calc.Expr e = Calc.parse(t);
            if (e.isNumber() && !isZero(e) || !percent && e.hasPercent()) {
                throw InvalidValue.invalid();
            }
            return Len.calc(e, negative);
        }
        laterFunction(t);
        float v = t.number();
        if (!negative && v < 0) {
            throw InvalidValue.invalid();
        }
        switch (t.type()) {
            case NUMBER:
                if (v == 0) {
                    return Len.ZERO;
                }
                throw InvalidValue.invalid();
            case PERCENT:
                if (percent) {
                    return new Len(v, Len.Unit.PERCENT, null);
                }
                throw InvalidValue.invalid();
            case DIMENSION:
                return dimension(v, t.unit());
            default:
                throw InvalidValue.invalid();
        }
    }

    private static Len dimension(float v, String unit) {
        float px = switch (unit) {
            case "px" -> 1f;
            case "pt" -> 96f / 72f;
            case "pc" -> 16f;
            case "in" -> 96f;
            case "cm" -> 96f / 2.54f;
            case "mm" -> 96f / 25.4f;
            case "q" -> 96f / 101.6f;
            case "em", "rem", "vw", "vh", "vmin", "vmax" -> Float.NaN;
            case "ex", "ch", "lh", "rlh", "cap", "ic" ->
                throw InvalidValue.unsupported("the unit " + unit + " is not supported yet");
            default -> throw InvalidValue.invalid();
        };
        if (unit.equals("em")) {
            return new Len(v, Len.Unit.EM, null);
        }
        if (unit.equals("rem")) {
            return new Len(v, Len.Unit.REM, null);
        }
        if (Float.isNaN(px)) {
            return new Len(v, Len.Unit.valueOf(unit.toUpperCase(java.util.Locale.ROOT)), null);
        }
        return new Len(v * px, Len.Unit.PX, null);
    }

    /**
     * Parses a length or one of the keywords {@code auto}, {@code none}, {@code content}.
     *
     * @param t        the token
     * @param keywords the keyword lengths allowed
     * @return the declared length
     */
    static Len lengthOrKeyword(Token t, boolean negative, Length... keywords) {
        if (t.is(Type.IDENT)) {
            for (Length k : keywords) {
                if (t.isIdent(k.toString())) {
                    return Len.of(k);
                }
            }
            throw InvalidValue.invalid();
        }
        return length(t, true, negative);
    }

    /** @return an applier that computes {@code len} against the element's font size and stores it */
    static Applier store(Len len, BiConsumer<ComputedStyle, Length> setter) {
        if (!len.isRelative()) {
            Length fixed = len.compute(0, 0);
            return (s, parent, rem) -> setter.accept(s, fixed);
        }
        return (s, parent, rem) -> setter.accept(s, len.compute(s.fontSize, rem, s));
    }

    /** @return whether an expression is the number 0, which stands for a length of 0 */
    private static boolean isZero(Calc.Expr e) {
        return e instanceof Calc.Leaf l && l.value() == 0;
    }

    /** @return a plain number; invalid for anything else */
    static float number(Token t) {
        laterFunction(t);
        if (!t.is(Type.NUMBER)) {
            throw InvalidValue.invalid();
        }
        return t.number();
    }

    /** @return an integer; invalid for fractions and anything else */
    static int integer(Token t) {
        float v = number(t);
        if (v != Math.rint(v) || t.text().contains(".")) {
            throw InvalidValue.invalid();
        }
        return (int) v;
    }

    /** Rejects {@code calc()}, {@code var()} and friends as unsupported rather than invalid. */
    static void laterFunction(Token t) {
        if (t.is(Type.FUNCTION) && LATER_FUNCTIONS.contains(t.functionName())) {
            throw InvalidValue.unsupported(t.functionName() + "() is not supported yet");
        }
    }

    /** @return whether any top-level token is a comma */
    static boolean hasComma(List<Token> value) {
        for (Token t : value) {
            if (t.is(Type.COMMA)) {
                return true;
            }
        }
        return false;
    }
}
