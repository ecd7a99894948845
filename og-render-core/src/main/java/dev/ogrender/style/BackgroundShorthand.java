package dev.ogrender.style;

import static dev.ogrender.style.Longhand.BACKGROUND_CLIP;
import static dev.ogrender.style.Longhand.BACKGROUND_COLOR;
import static dev.ogrender.style.Longhand.BACKGROUND_IMAGE;
import static dev.ogrender.style.Longhand.BACKGROUND_ORIGIN;
import static dev.ogrender.style.Longhand.BACKGROUND_POSITION;
import static dev.ogrender.style.Longhand.BACKGROUND_REPEAT;
import static dev.ogrender.style.Longhand.BACKGROUND_SIZE;

import dev.ogrender.style.BackgroundLayers.Area;
import dev.ogrender.style.BackgroundLayers.Repeat;
import dev.ogrender.style.BackgroundLayers.RepeatStyle;
import dev.ogrender.style.BackgroundLayers.SizeKind;
import dev.ogrender.style.Token.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code background} shorthand (CSS Backgrounds 3, 3.10): per layer, in any order, an image, a
 * position optionally followed by {@code / size}, a repeat style and one or two boxes (origin, then
 * clip); a colour only in the final layer. Omitted parts are reset to their initial values.
 */
final class BackgroundShorthand {

    private static final LayerValues.Pos TOP_LEFT = new LayerValues.Pos(new Len(0, Len.Unit.PERCENT, null), false,
        new Len(0, Len.Unit.PERCENT, null), false);
    private static final LayerValues.Sz AUTO = new LayerValues.Sz(SizeKind.EXPLICIT, null, null);

    private BackgroundShorthand() {
    }

    /** One layer's parts as written; null where omitted. */
    private static final class Layer {
        LayerValues.Pos pos;
        LayerValues.Sz size;
        Repeat repeat;
        final List<Area> boxes = new ArrayList<>(2);
        Token color;
    }

    static void parse(List<Token> v, Expansion out) {
        List<List<Token>> layers = BackgroundProperties.layers(v);
        List<BackgroundProperties.LayerImage> images = new ArrayList<>();
        List<LayerValues.Pos> positions = new ArrayList<>();
        List<LayerValues.Sz> sizes = new ArrayList<>();
        List<Repeat> repeats = new ArrayList<>();
        List<Area> origins = new ArrayList<>();
        List<Area> clips = new ArrayList<>();
        Applier color = (s, p, rem) -> s.backgroundColor = 0;
        for (int n = 0; n < layers.size(); n++) {
            Layer l = layer(layers.get(n), n == layers.size() - 1, images, out);
            positions.add(l.pos == null ? TOP_LEFT : l.pos);
            sizes.add(l.size == null ? AUTO : l.size);
            repeats.add(l.repeat == null ? new Repeat(RepeatStyle.REPEAT, RepeatStyle.REPEAT) : l.repeat);
            origins.add(l.boxes.isEmpty() ? Area.PADDING_BOX : l.boxes.get(0));
            clips.add(l.boxes.isEmpty() ? Area.BORDER_BOX : l.boxes.get(l.boxes.size() - 1));
            if (l.color != null) {
                color = BackgroundProperties.color(l.color);
            }
        }
        set(out, color, images, positions, sizes, repeats, origins, clips);
    }

    /** Reads one comma-separated layer; its parts may come in any order. */
    private static Layer layer(List<Token> layer, boolean last, List<BackgroundProperties.LayerImage> images,
            Expansion out) {
        if (layer.isEmpty()) {
            throw InvalidValue.invalid();
        }
        Layer l = new Layer();
        int[] i = {0};
        while (i[0] < layer.size()) {
            Token t = layer.get(i[0]);
            if (t.is(Type.FUNCTION) && BackgroundProperties.isImage(t)) {
                BackgroundProperties.image(t, "background", images, out);
                i[0]++;
            } else if (l.pos == null && LayerValues.isPositionStart(t)) {
                l.pos = LayerValues.position(layer, i);
                l.size = sizeAfterSlash(layer, i);
            } else if (l.repeat == null && LayerValues.isRepeat(t)) {
                l.repeat = LayerValues.repeat(layer, i);
            } else if (l.boxes.size() < 2 && LayerValues.isArea(t)) {
                l.boxes.add(LayerValues.area(t));
                i[0]++;
            } else if (last && l.color == null && Colors.isColor(t)) {
                l.color = t;
                i[0]++;
            } else if (t.isIdent("none") || t.isIdent("scroll") || t.isIdent("fixed") || t.isIdent("local")) {
                i[0]++; // background-attachment: a still picture has nothing to scroll
            } else {
                throw InvalidValue.invalid();
            }
        }
        return l;
    }

    /** @return the size after a position's {@code /}, or null when there is no slash */
    private static LayerValues.Sz sizeAfterSlash(List<Token> layer, int[] i) {
        if (i[0] >= layer.size() || !layer.get(i[0]).is(Type.SLASH)) {
            return null;
        }
        i[0]++;
        if (i[0] >= layer.size()) {
            throw InvalidValue.invalid();
        }
        return LayerValues.size(layer, i);
    }

    private static void set(Expansion out, Applier color, List<BackgroundProperties.LayerImage> images,
            List<LayerValues.Pos> positions, List<LayerValues.Sz> sizes, List<Repeat> repeats, List<Area> origins,
            List<Area> clips) {
        List<LayerValues.Pos> pos = List.copyOf(positions);
        List<LayerValues.Sz> sz = List.copyOf(sizes);
        List<Repeat> rep = List.copyOf(repeats);
        List<Area> org = List.copyOf(origins);
        List<Area> clp = List.copyOf(clips);
        out.set(BACKGROUND_COLOR, color);
        out.set(BACKGROUND_IMAGE, BackgroundProperties.images(images));
        out.set(BACKGROUND_POSITION, (s, p, rem) -> {
            List<BackgroundLayers.Position> l = new ArrayList<>(pos.size());
            pos.forEach(x -> l.add(x.compute(s.fontSize, rem)));
            s.backgroundPosition = List.copyOf(l);
        });
        out.set(BACKGROUND_SIZE, (s, p, rem) -> {
            List<BackgroundLayers.Size> l = new ArrayList<>(sz.size());
            sz.forEach(x -> l.add(x.compute(s.fontSize, rem)));
            s.backgroundSize = List.copyOf(l);
        });
        out.set(BACKGROUND_REPEAT, (s, p, rem) -> s.backgroundRepeat = rep);
        out.set(BACKGROUND_ORIGIN, (s, p, rem) -> s.backgroundOrigin = org);
        out.set(BACKGROUND_CLIP, (s, p, rem) -> s.backgroundClip = clp);
    }
}
