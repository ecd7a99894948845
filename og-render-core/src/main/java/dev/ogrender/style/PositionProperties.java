package dev.ogrender.style;

import dev.ogrender.style.Keywords.Position;
import java.util.List;

/** Positioning: position, the four insets, z-index. */
final class PositionProperties {

    static final String POSITION = Values.allowed(Position.values()) + " | fixed | sticky";
    static final String INSET = "<length> | <percentage> | auto";
    static final String Z_INDEX = "auto | <integer>";

    private static final String[] SIDES = {"top", "right", "bottom", "left"};
    private static final List<Longhand> INSETS = List.of(Longhand.TOP, Longhand.RIGHT, Longhand.BOTTOM,
        Longhand.LEFT);

    private PositionProperties() {
    }

    static void register(PropertyDef.Registry r) {
        r.add("position", POSITION, Longhand.POSITION, PositionProperties::position);
        for (int i = 0; i < 4; i++) {
            int side = i;
            r.add(SIDES[i], INSET, INSETS.get(i), (v, out) -> {
                Len len = Values.lengthOrKeyword(Values.single(v), true, Length.AUTO);
                out.set(INSETS.get(side), Values.store(len, (s, l) -> s.inset[side] = l));
            });
        }
        r.add("z-index", Z_INDEX, Longhand.Z_INDEX, (v, out) -> {
            Token t = Values.single(v);
            if (t.isIdent("auto")) {
                out.set(Longhand.Z_INDEX, (s, p, rem) -> {
                    s.zIndexAuto = true;
                    s.zIndex = 0;
                });
                return;
            }
            int z = Values.integer(t);
            out.set(Longhand.Z_INDEX, (s, p, rem) -> {
                s.zIndexAuto = false;
                s.zIndex = z;
            });
        });
    }

    private static void position(List<Token> v, Expansion out) {
        Token t = Values.single(v);
        Position pos;
        if (t.isIdent("fixed")) {
            // One page, no scrolling: the viewport is the initial containing block, like absolute at the root.
            out.warn("Unsupported value \"fixed\" for position (treated as absolute)");
            pos = Position.ABSOLUTE;
        } else if (t.isIdent("sticky")) {
            out.warn("Unsupported value \"sticky\" for position (treated as relative)");
            pos = Position.RELATIVE;
        } else {
            pos = Values.keyword(t, Position.values());
        }
        out.set(Longhand.POSITION, (s, p, rem) -> s.position = pos);
    }
}
