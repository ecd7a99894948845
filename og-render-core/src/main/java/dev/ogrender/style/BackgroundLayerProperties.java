package dev.ogrender.style;

import static dev.ogrender.style.Longhand.BACKGROUND_CLIP;
import static dev.ogrender.style.Longhand.BACKGROUND_ORIGIN;
import static dev.ogrender.style.Longhand.BACKGROUND_POSITION;
import static dev.ogrender.style.Longhand.BACKGROUND_REPEAT;
import static dev.ogrender.style.Longhand.BACKGROUND_SIZE;
import static dev.ogrender.style.Longhand.OBJECT_FIT;
import static dev.ogrender.style.Longhand.OBJECT_POSITION;

import dev.ogrender.style.BackgroundLayers.Area;
import dev.ogrender.style.BackgroundLayers.ObjectFit;
import dev.ogrender.style.BackgroundLayers.Repeat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * background-size, background-position, background-repeat, background-origin, background-clip
 * (comma-separated, one entry per layer) and object-fit, object-position.
 */
final class BackgroundLayerProperties {

    static final String POSITION = "[left | center | right | top | bottom | <length-percentage>]{1,4}";
    static final String SIZE = "cover | contain | [<length-percentage> | auto]{1,2}, ...";
    static final String REPEAT = "repeat-x | repeat-y | [repeat | no-repeat | space | round]{1,2}, ...";
    static final String AREA = "border-box | padding-box | content-box, ...";

    private BackgroundLayerProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("background-size", SIZE, BACKGROUND_SIZE, (v, out) -> {
            List<LayerValues.Sz> sizes = each(v, LayerValues::size);
            out.set(BACKGROUND_SIZE, (s, p, rem) -> s.backgroundSize = map(sizes, z -> z.compute(s.fontSize, rem)));
        });
        r.add("background-position", POSITION + ", ...", BACKGROUND_POSITION, (v, out) -> {
            List<LayerValues.Pos> positions = each(v, LayerValues::position);
            out.set(BACKGROUND_POSITION,
                (s, p, rem) -> s.backgroundPosition = map(positions, z -> z.compute(s.fontSize, rem)));
        });
        r.add("background-repeat", REPEAT, BACKGROUND_REPEAT, (v, out) -> {
            List<Repeat> repeats = each(v, LayerValues::repeat);
            out.set(BACKGROUND_REPEAT, (s, p, rem) -> s.backgroundRepeat = repeats);
        });
        r.add("background-origin", AREA, BACKGROUND_ORIGIN, (v, out) -> {
            List<Area> areas = each(v, (t, i) -> LayerValues.area(t.get(i[0]++)));
            out.set(BACKGROUND_ORIGIN, (s, p, rem) -> s.backgroundOrigin = areas);
        });
        for (String name : List.of("background-clip", "-webkit-background-clip")) {
            r.add(name, "border-box | padding-box | content-box | text, ...", BACKGROUND_CLIP, BackgroundLayerProperties::clip);
        }
        r.add("object-fit", Values.allowed(ObjectFit.values()), OBJECT_FIT, (v, out) -> {
            ObjectFit fit = Values.keyword(Values.single(v), ObjectFit.values());
            out.set(OBJECT_FIT, (s, p, rem) -> s.objectFit = fit);
        });
        r.add("object-position", POSITION, OBJECT_POSITION, (v, out) -> {
            int[] i = {0};
            LayerValues.Pos pos = LayerValues.position(v, i);
            if (i[0] != v.size()) {
                throw InvalidValue.invalid();
            }
            out.set(OBJECT_POSITION, (s, p, rem) -> s.objectPosition = pos.compute(s.fontSize, rem));
        });
    }

    /**
     * background-clip per layer. {@code text} on the bottom layer paints every layer through the glyphs
     * (the common gradient-text idiom); the layers' own clip areas then stay the border box.
     */
    private static void clip(List<Token> v, Expansion out) {
        boolean[] text = {false};
        List<Area> areas = each(v, (t, i) -> {
            Token k = t.get(i[0]++);
            text[0] = k.isIdent("text");
            return text[0] ? Area.BORDER_BOX : LayerValues.area(k);
        });
        boolean clipText = text[0];
        out.set(BACKGROUND_CLIP, (s, p, rem) -> {
            s.backgroundClip = areas;
            s.backgroundClipText = clipText;
        });
    }

    /** Reads one value per comma-separated layer with {@code reader}, which must consume the whole layer. */
    static <T> List<T> each(List<Token> v, Reader<T> reader) {
        List<T> out = new ArrayList<>();
        for (List<Token> layer : BackgroundProperties.layers(v)) {
            if (layer.isEmpty()) {
                throw InvalidValue.invalid();
            }
            int[] i = {0};
            out.add(reader.read(layer, i));
            if (i[0] != layer.size()) {
                throw InvalidValue.invalid();
            }
        }
        return List.copyOf(out);
    }

    private static <A, B> List<B> map(List<A> in, Function<A, B> f) {
        List<B> out = new ArrayList<>(in.size());
        for (A a : in) {
            out.add(f.apply(a));
        }
        return List.copyOf(out);
    }

    /** Reads one layer's value from tokens at an index, advancing it. */
    @FunctionalInterface
    interface Reader<T> {
        T read(List<Token> tokens, int[] index);
    }
}
