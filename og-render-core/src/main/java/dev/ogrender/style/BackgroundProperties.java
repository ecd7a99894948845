package dev.ogrender.style;

import static dev.ogrender.style.Longhand.BACKGROUND_COLOR;
import static dev.ogrender.style.Longhand.BACKGROUND_IMAGE;

import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;

/** Backgrounds: background-color, background-image (url() and gradients) and the background shorthand. */
final class BackgroundProperties {

    static final String IMAGE = "none | url() | linear-gradient() | repeating-linear-gradient() | radial-gradient()"
        + " | repeating-radial-gradient(), ...";
    static final String BACKGROUND = "[<bg-layer> ,]* <final-bg-layer>, a layer being <image> || <position>"
        + " [/ <size>]? || <repeat-style> || <box>{1,2} (and <color> in the final layer)";

    private BackgroundProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("background-color", Colors.ALLOWED, BACKGROUND_COLOR,
            (v, out) -> out.set(BACKGROUND_COLOR, color(Values.single(v))));
        r.add("background-image", IMAGE, BACKGROUND_IMAGE, (v, out) -> {
            List<LayerImage> layers = new ArrayList<>();
            for (List<Token> layer : layers(v)) {
                Token t = Values.single(layer);
                if (!t.isIdent("none")) {
                    image(t, "background-image", layers, out);
                }
            }
            out.set(BACKGROUND_IMAGE, images(layers));
        });
        r.add("background", BACKGROUND, List.of(BACKGROUND_COLOR, BACKGROUND_IMAGE, Longhand.BACKGROUND_SIZE,
            Longhand.BACKGROUND_POSITION, Longhand.BACKGROUND_REPEAT, Longhand.BACKGROUND_ORIGIN,
            Longhand.BACKGROUND_CLIP), BackgroundShorthand::parse);
    }

    static boolean isImage(Token t) {
        String n = t.functionName();
        return n.endsWith("gradient") || n.equals("url") || n.equals("image-set") || n.equals("image");
    }

    /** Computes one layer's image: gradients depend on the element's font size and colour. */
    @FunctionalInterface
    interface LayerImage {
        BackgroundImage compute(ComputedStyle style, float rootFontSize);
    }

    /** Adds a url() or linear gradient layer, or warns that another kind of image is skipped. */
    static void image(Token t, String property, List<LayerImage> layers, Expansion out) {
        String name = t.is(Type.FUNCTION) ? t.functionName() : "";
        if (name.equals("url")) {
            ImageRef ref = LayerValues.url(t);
            layers.add((s, rem) -> ref);
        } else if (name.equals("linear-gradient") || name.equals("repeating-linear-gradient")) {
            Applier.Gradient g = Gradients.parse(t);
            layers.add(g::compute);
        } else if (name.equals("radial-gradient") || name.equals("repeating-radial-gradient")) {
            Applier.Gradient g = RadialGradients.parse(t);
            layers.add(g::compute);
        } else if (name.endsWith("gradient") || name.equals("image-set")) {
            out.warn("Unsupported value \"" + t.text() + "\" for " + property + ": " + name
                + "() is not supported yet (layer skipped)");
        } else if (t.is(Type.IDENT) && t.lower().startsWith("url")) {
            out.warn("Unsupported value \"" + t.text() + "\" for " + property + ": url() is not supported yet");
        } else {
            throw InvalidValue.invalid();
        }
    }

    static Applier color(Token t) {
        if (t.isIdent("currentcolor")) {
            return (s, p, rem) -> s.backgroundColor = s.color;
        }
        int argb = Colors.parse(t);
        return (s, p, rem) -> s.backgroundColor = argb;
    }

    static Applier images(List<LayerImage> layers) {
        if (layers.isEmpty()) {
            return (s, p, rem) -> s.backgroundImages = List.of();
        }
        List<LayerImage> copy = List.copyOf(layers);
        return (s, p, rem) -> {
            List<BackgroundImage> g = new ArrayList<>(copy.size());
            for (LayerImage a : copy) {
                g.add(a.compute(s, rem));
            }
            s.backgroundImages = List.copyOf(g);
        };
    }

    /** @return the value split at top-level commas */
    static List<List<Token>> layers(List<Token> v) {
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

    static String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            b.append(b.length() == 0 ? "" : " ").append(t.text());
        }
        return b.toString();
    }
}
