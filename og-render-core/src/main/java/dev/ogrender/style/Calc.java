package dev.ogrender.style;

import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Math functions over lengths (CSS Values 4, section 10): {@code calc()} with {@code + - * /} and
 * parentheses, and {@code min()}, {@code max()}, {@code clamp()}. Parsed once per declaration into a
 * small tree; relative units are resolved per element, percentages per box (when a percentage is
 * inside, the computed value stays an expression that layout evaluates against the box).
 */
final class Calc {

    /** Unit of a leaf: pixels (absolute units converted), a number, or one that needs an element or box. */
    enum Unit { PX, NUMBER, PERCENT, EM, REM, VW, VH, VMIN, VMAX }

    /** What relative units refer to; {@code base} is what 100% is (NaN when not known). */
    record Env(float em, float rem, float vw, float vh, float base) {
    }

    /** A node of the expression tree. */
    sealed interface Expr permits Leaf, Op, Fn {
        /** @return the value in px (or a plain number) */
        float eval(Env env);

        /** @return whether a percentage leaf is inside */
        boolean hasPercent();

        /** @return whether the node is a plain number (no unit) */
        boolean isNumber();
    }

    /** A number, dimension or percentage. */
    record Leaf(float value, Unit unit) implements Expr {
        public float eval(Env e) {
            return switch (unit) {
                case PX, NUMBER -> value;
                case PERCENT -> value * e.base() / 100f;
                case EM -> value * e.em();
                case REM -> value * e.rem();
                case VW -> value * e.vw() / 100f;
                case VH -> value * e.vh() / 100f;
                case VMIN -> value * Math.min(e.vw(), e.vh()) / 100f;
                case VMAX -> value * Math.max(e.vw(), e.vh()) / 100f;
            };
        }

        public boolean hasPercent() {
            return unit == Unit.PERCENT;
        }

        public boolean isNumber() {
            return unit == Unit.NUMBER;
        }
    }

    /** A binary operation: one of {@code + - * /}. */
    record Op(char op, Expr left, Expr right) implements Expr {
        public float eval(Env e) {
            float a = left.eval(e);
            float b = right.eval(e);
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                default -> a / b;
            };
        }

        public boolean hasPercent() {
            return left.hasPercent() || right.hasPercent();
        }

        public boolean isNumber() {
            return left.isNumber() && right.isNumber();
        }
    }

    /** {@code min()}, {@code max()} or {@code clamp()} ({@code args} = min, preferred, max). */
    record Fn(String name, List<Expr> args) implements Expr {
        public float eval(Env e) {
            if (name.equals("clamp")) {
                float min = args.get(0).eval(e);
                return Math.max(min, Math.min(args.get(1).eval(e), args.get(2).eval(e)));
            }
            float r = args.get(0).eval(e);
            for (int i = 1; i < args.size(); i++) {
                float v = args.get(i).eval(e);
                r = name.equals("min") ? Math.min(r, v) : Math.max(r, v);
            }
            return r;
        }

        public boolean hasPercent() {
            return args.stream().anyMatch(Expr::hasPercent);
        }

        public boolean isNumber() {
            return args.get(0).isNumber();
        }
    }

    private Calc() {
    }

    /** @return whether a function token is one of the math functions this class evaluates */
    static boolean isMathFunction(Token t) {
        String n = t.functionName();
        return n.equals("calc") || n.equals("min") || n.equals("max") || n.equals("clamp");
    }

    /**
     * Parses a math function.
     *
     * @param t the function token
     * @return the expression; invalid when malformed or when types do not match
     */
    static Expr parse(Token t) {
        String name = t.functionName();
        List<List<Token>> args = t.args();
        switch (name) {
            case "calc", "" -> {
                if (args.size() != 1) {
                    throw InvalidValue.invalid();
                }
                return sum(args.get(0));
            }
            case "min", "max", "clamp" -> {
                if (name.equals("clamp") ? args.size() != 3 : args.isEmpty()) {
                    throw InvalidValue.invalid();
                }
                List<Expr> parsed = new ArrayList<>(args.size());
                for (List<Token> a : args) {
                    parsed.add(sum(a));
                }
                for (Expr e : parsed) {
                    if (e.isNumber() != parsed.get(0).isNumber()) {
                        throw InvalidValue.invalid();
                    }
                }
                return new Fn(name, List.copyOf(parsed));
            }
            default -> throw InvalidValue.invalid();
        }
    }

    /** sum := product (('+' | '-') product)*; the operators need white space around them in CSS. */
    private static Expr sum(List<Token> tokens) {
        int[] pos = {0};
        Expr e = product(tokens, pos);
        while (pos[0] < tokens.size()) {
            char op = operator(tokens.get(pos[0]));
            if (op != '+' && op != '-') {
                throw InvalidValue.invalid();
            }
            pos[0]++;
            Expr r = product(tokens, pos);
            if (r.isNumber() != e.isNumber()) {
                throw InvalidValue.invalid();
            }
            e = new Op(op, e, r);
        }
        return e;
    }

    private static Expr product(List<Token> tokens, int[] pos) {
        Expr e = value(tokens, pos);
        while (pos[0] < tokens.size()) {
            char op = operator(tokens.get(pos[0]));
            if (op != '*' && op != '/') {
                break;
            }
            pos[0]++;
            Expr r = value(tokens, pos);
            // Multiplication needs a number on one side; division a number on the right (CSS Values 4, 10.8).
            if (op == '*' ? !(e.isNumber() || r.isNumber()) : !r.isNumber()) {
                throw InvalidValue.invalid();
            }
            e = new Op(op, e, r);
        }
        return e;
    }

    private static Expr value(List<Token> tokens, int[] pos) {
        if (pos[0] >= tokens.size()) {
            throw InvalidValue.invalid();
        }
        Token t = tokens.get(pos[0]++);
        return switch (t.type()) {
            case NUMBER -> new Leaf(t.number(), Unit.NUMBER);
            case PERCENT -> new Leaf(t.number(), Unit.PERCENT);
            case DIMENSION -> dimension(t);
            case FUNCTION -> parse(t);
            default -> throw InvalidValue.invalid();
        };
    }

    private static Expr dimension(Token t) {
        return switch (t.unit()) {
            case "em" -> new Leaf(t.number(), Unit.EM);
            case "rem" -> new Leaf(t.number(), Unit.REM);
            case "vw" -> new Leaf(t.number(), Unit.VW);
            case "vh" -> new Leaf(t.number(), Unit.VH);
            case "vmin" -> new Leaf(t.number(), Unit.VMIN);
            case "vmax" -> new Leaf(t.number(), Unit.VMAX);
            default -> {
                Len len = Values.length(t, false, true);
                yield new Leaf(len.value(), Unit.PX);
            }
        };
    }

    private static char operator(Token t) {
        if (t.is(Type.SLASH)) {
            return '/';
        }
        if ((t.is(Type.OTHER) || t.is(Type.IDENT)) && t.text().length() == 1) {
            return t.text().charAt(0);
        }
        return 0;
    }
}
