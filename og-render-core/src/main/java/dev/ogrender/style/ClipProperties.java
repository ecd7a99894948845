package dev.ogrender.style;

import dev.ogrender.style.ComputedStyle.BackgroundClip;
import java.util.List;

/**
 * {@code background-clip} (with its {@code -webkit-} alias, whose {@code text} value is the common way
 * to fill text with a gradient) and {@code -webkit-text-fill-color}.
 */
final class ClipProperties {

    static final String CLIP = "border-box | padding-box | content-box | text";

    private ClipProperties() {
    }

    static void register(PropertyDef.Registry r) {
        for (String name : List.of("background-clip", "-webkit-background-clip")) {
            r.add(name, CLIP, Longhand.BACKGROUND_CLIP, (v, out) -> {
                // One value per layer; the last (bottom) layer's clip is applied to every layer.
                List<Token> last = v;
                for (int i = 0; i < v.size(); i++) {
                    if (v.get(i).is(Token.Type.COMMA)) {
                        last = v.subList(i + 1, v.size());
                    }
                }
                BackgroundClip c = clip(Values.single(last), out);
                out.set(Longhand.BACKGROUND_CLIP, (s, p, rem) -> s.backgroundClip = c);
            });
        }
        r.add("-webkit-text-fill-color", Colors.ALLOWED, Longhand.TEXT_FILL_COLOR, (v, out) -> {
            Integer argb = ColorProperties.colorOrCurrent(Values.single(v));
            if (argb == null) {
                out.set(Longhand.TEXT_FILL_COLOR, (s, p, rem) -> s.textFillSet = false);
                return;
            }
            int c = argb;
            out.set(Longhand.TEXT_FILL_COLOR, (s, p, rem) -> {
                s.textFillColor = c;
                s.textFillSet = true;
            });
        });
    }

    private static BackgroundClip clip(Token t, Expansion out) {
        return switch (t.is(Token.Type.IDENT) ? t.lower() : "") {
            case "border-box" -> BackgroundClip.BORDER_BOX;
            case "padding-box" -> BackgroundClip.PADDING_BOX;
            case "content-box" -> {
                out.warn("Unsupported value \"content-box\" for background-clip (treated as padding-box)");
                yield BackgroundClip.PADDING_BOX;
            }
            case "text" -> BackgroundClip.TEXT;
            default -> throw InvalidValue.invalid();
        };
    }
}
