package dev.ogrender.style;

import java.util.List;

/**
 * Computed values of the per-layer background properties (CSS Backgrounds 3): size, position, repeat,
 * origin and clip. Each property holds a list; layer i uses entry i modulo the list's length, as the
 * spec repeats short lists. {@code object-position} reuses {@link Position}.
 */
public final class BackgroundLayers {

    /** The initial value of each list. */
    public static final List<Size> INITIAL_SIZE = List.of(new Size(SizeKind.EXPLICIT, Length.AUTO, Length.AUTO));
    public static final List<Position> INITIAL_POSITION = List.of(Position.TOP_LEFT);
    public static final List<Repeat> INITIAL_REPEAT = List.of(new Repeat(RepeatStyle.REPEAT, RepeatStyle.REPEAT));
    public static final List<Area> INITIAL_ORIGIN = List.of(Area.PADDING_BOX);
    public static final List<Area> INITIAL_CLIP = List.of(Area.BORDER_BOX);

    private BackgroundLayers() {
    }

    /** How a size was given. */
    public enum SizeKind { COVER, CONTAIN, EXPLICIT }

    /**
     * background-size of one layer.
     *
     * @param kind   cover, contain, or explicit lengths
     * @param width  px, % of the positioning area, or auto
     * @param height px, %, or auto
     */
    public record Size(SizeKind kind, Length width, Length height) {
    }

    /**
     * A position (background-position, object-position): offsets from the left or right edge and the
     * top or bottom edge; percentages align that point of the image with that point of the area.
     *
     * @param x          offset, px or %
     * @param fromRight  whether x is measured from the right edge
     * @param y          offset, px or %
     * @param fromBottom whether y is measured from the bottom edge
     */
    public record Position(Length x, boolean fromRight, Length y, boolean fromBottom) {
        /** {@code 0% 0%}. */
        public static final Position TOP_LEFT = new Position(Length.percent(0), false, Length.percent(0), false);
        /** {@code 50% 50%}. */
        public static final Position CENTER = new Position(Length.percent(50), false, Length.percent(50), false);

        /**
         * @param area  the size of the area, px
         * @param image the size of the image, px
         * @param horizontal which axis
         * @return the image's offset from the area's start edge, px
         */
        public float offset(float area, float image, boolean horizontal) {
            Length l = horizontal ? x : y;
            boolean fromEnd = horizontal ? fromRight : fromBottom;
            float free = area - image;
            float v = l.unit() == Length.Unit.PERCENT ? free * l.value() / 100f : l.value();
            return fromEnd ? free - v : v;
        }
    }

    /** One axis of background-repeat. */
    public enum RepeatStyle { REPEAT, NO_REPEAT, SPACE, ROUND }

    /**
     * background-repeat of one layer.
     *
     * @param x horizontal
     * @param y vertical
     */
    public record Repeat(RepeatStyle x, RepeatStyle y) {
    }

    /** A box edge for background-origin and background-clip. */
    public enum Area { BORDER_BOX, PADDING_BOX, CONTENT_BOX }

    /** object-fit. */
    public enum ObjectFit { FILL, CONTAIN, COVER, NONE, SCALE_DOWN }

    /** @return entry i of a list, repeating it as the spec says */
    public static <T> T at(List<T> list, int i) {
        return list.get(i % list.size());
    }
}
