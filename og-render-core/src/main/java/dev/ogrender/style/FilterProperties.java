package dev.ogrender.style;

import dev.ogrender.style.Filter.Kind;
import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;

/** {@code filter}: blur() and the colour filters; drop-shadow() and url() are not supported. */
final class FilterProperties {

    static final String FILTER = "none | [blur() | brightness() | contrast() | grayscale() | invert() | opacity()"
        + " | saturate() | sepia() | hue-rotate()]+";

    private FilterProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("filter", FILTER, Longhand.FILTER, (v, out) -> {
            if (v.size() == 1 && v.get(0).isIdent("none")) {
                out.set(Longhand.FILTER, (s, p, rem) -> s.filters = List.of());
                return;
            }
            List<Token> fns = List.copyOf(v);
            for (Token t : fns) {
                check(t);
            }
            out.set(Longhand.FILTER, (s, p, rem) -> {
                List<Filter> list = new ArrayList<>(fns.size());
                for (Token t : fns) {
                    list.add(compute(t, s, rem));
                }
                s.filters = List.copyOf(list);
            });
        });
    }

    private static void check(Token t) {
        if (t.is(Type.FUNCTION) && (t.functionName().equals("drop-shadow") || t.functionName().equals("url"))) {
            throw InvalidValue.unsupported(t.functionName() + "() is not supported yet");
        }
        compute(t, ComputedStyle.initial(), 16);
    }

    private static Filter compute(Token t, ComputedStyle s, float rem) {
        if (!t.is(Type.FUNCTION) || t.args().size() != 1 || t.args().get(0).size() > 1) {
            throw InvalidValue.invalid();
        }
        List<Token> a = t.args().get(0);
        String name = t.functionName();
        if (name.equals("blur")) {
            float px = a.isEmpty() ? 0 : Values.length(a.get(0), false, false).px(s.fontSize, rem, 0);
            return new Filter(Kind.BLUR, px);
        }
        if (name.equals("hue-rotate")) {
            Token x = a.isEmpty() ? null : a.get(0);
            return new Filter(Kind.HUE_ROTATE, x == null || x.is(Type.NUMBER) && x.number() == 0 ? 0 : Gradients.angle(x));
        }
        Kind kind = switch (name) {
            case "brightness" -> Kind.BRIGHTNESS;
            case "contrast" -> Kind.CONTRAST;
            case "grayscale" -> Kind.GRAYSCALE;
            case "invert" -> Kind.INVERT;
            case "opacity" -> Kind.OPACITY;
            case "saturate" -> Kind.SATURATE;
            case "sepia" -> Kind.SEPIA;
            default -> throw InvalidValue.invalid();
        };
        float amount = a.isEmpty() ? 1 : a.get(0).is(Type.PERCENT) ? a.get(0).number() / 100f : Values.number(a.get(0));
        if (amount < 0) {
            throw InvalidValue.invalid();
        }
        boolean capped = kind == Kind.GRAYSCALE || kind == Kind.INVERT || kind == Kind.OPACITY || kind == Kind.SEPIA;
        return new Filter(kind, capped ? Math.min(1, amount) : amount);
    }
}
