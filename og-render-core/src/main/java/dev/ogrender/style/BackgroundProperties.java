package dev.ogrender.style;

import static dev.ogrender.style.Longhand.BACKGROUND_COLOR;
import static dev.ogrender.style.Longhand.BACKGROUND_IMAGE;

import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;

/** Backgrounds: the background shorthand (colour and gradient layers), background-color, background-image. */
final class BackgroundProperties {

    static final String IMAGE = "none | linear-gradient() | repeating-linear-gradient() | radial-gradient()"
        + " | repeating-radial-gradient(), ...";
    static final String BACKGROUND = "[<image> ,]* [<color> || <image>]";

    private BackgroundProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("background-color", Colors.ALLOWED, BACKGROUND_COLOR,
            (v, out) -> out.set(BACKGROUND_COLOR, color(Values.single(v))));
        r.add("background-image", IMAGE, BACKGROUND_IMAGE, (v, out) -> {
            List<Applier.Gradient> layers = new ArrayList<>();
            for (List<Token> layer : layers(v)) {
                Token t = Values.single(layer);
                if (!t.isIdent("none")) {
                    image(t, "background-image", layers, out);
                }
            }
            out.set(BACKGROUND_IMAGE, images(layers));
        });
        r.add("background", BACKGROUND, List.of(BACKGROUND_COLOR, BACKGROUND_IMAGE), BackgroundProperties::shorthand);
    }

    /** The shorthand: a colour only in the final layer; position, size and repeat are not supported. */
    private static void shorthand(List<Token> v, Expansion out) {
        List<List<Token>> layers = layers(v);
        List<Applier.Gradient> images = new ArrayList<>();
        Applier color = (s, p, rem) -> s.backgroundColor = 0;
        for (int i = 0; i < layers.size(); i++) {
            boolean last = i == layers.size() - 1;
            List<Token> ignored = new ArrayList<>();
            for (Token t : layers.get(i)) {
                if (t.is(Type.FUNCTION) && isImage(t)) {
                    image(t, "background", images, out);
                } else if (last && Colors.isColor(t)) {
                    color = color(t);
                } else if (!t.isIdent("none")) {
                    ignored.add(t);
                }
            }
            if (layers.get(i).isEmpty()) {
                throw InvalidValue.invalid();
            }
            if (!ignored.isEmpty()) {
                out.warn("Unsupported value \"" + text(ignored) + "\" in background: only colours and"
                    + " gradients are supported (ignored)");
            }
        }
        out.set(BACKGROUND_COLOR, color);
        out.set(BACKGROUND_IMAGE, images(layers.isEmpty() ? List.of() : images));
    }

    private static boolean isImage(Token t) {
        String n = t.functionName();
        return n.endsWith("gradient") || n.equals("url") || n.equals("image-set") || n.equals("image");
    }

    /** Adds a gradient layer, or warns that another kind of image is skipped. */
    private static void image(Token t, String property, List<Applier.Gradient> layers, Expansion out) {
        String name = t.is(Type.FUNCTION) ? t.functionName() : "";
        if (name.equals("linear-gradient") || name.equals("repeating-linear-gradient")) {
            layers.add(Gradients.parse(t));
        } else if (name.equals("radial-gradient") || name.equals("repeating-radial-gradient")) {
            layers.add(RadialGradients.parse(t));
        } else if (name.endsWith("gradient") || name.equals("url") || name.equals("image-set")) {
            out.warn("Unsupported value \"" + t.text() + "\" for " + property + ": " + name
                + "() is not supported yet (layer skipped)");
        } else if (t.is(Type.IDENT) && t.lower().startsWith("url")) {
            out.warn("Unsupported value \"" + t.text() + "\" for " + property + ": url() is not supported yet");
        } else {
            throw InvalidValue.invalid();
        }
    }

    private static Applier color(Token t) {
        if (t.isIdent("currentcolor")) {
            return (s, p, rem) -> s.backgroundColor = s.color;
        }
        int argb = Colors.parse(t);
        return (s, p, rem) -> s.backgroundColor = argb;
    }

    private static Applier images(List<Applier.Gradient> layers) {
        if (layers.isEmpty()) {
            return (s, p, rem) -> s.backgroundImages = List.of();
        }
        List<Applier.Gradient> copy = List.copyOf(layers);
        return (s, p, rem) -> {
            List<BackgroundLayer> g = new ArrayList<>(copy.size());
            for (Applier.Gradient a : copy) {
                g.add(a.compute(s, rem));
            }
            s.backgroundImages = List.copyOf(g);
        };
    }

    /** @return the value split at top-level commas */
    private static List<List<Token>> layers(List<Token> v) {
        List<List<Token>> out = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        for (Token t : v) {
            if (t.is(Type.COMMA)) {
                out.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(t);
            }
        }
        out.add(cur);
        return out;
    }

    private static String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(b.length() == 0 ? "" : " ").append(t.text());
        }
        return b.toString();
    }
}
