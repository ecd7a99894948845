package dev.ogrender.paint;

import dev.ogrender.layout.TextFragment;
import dev.ogrender.style.Keywords.TextDecorationStyle;
import dev.ogrender.style.TextDecoration;
import dev.ogrender.text.FontFace;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Underlines, overlines and line-throughs of one text fragment, placed as Blink places them: the
 * thickness {@code auto} is a tenth of the font size (at least 1px); an underline sits a gap of half its
 * thickness (at least 1px) below the baseline; an overline just above the top of the text (the rounded
 * ascent above the baseline); a line-through centred two thirds of the ascent below the text top. Underlines and overlines
 * are painted before the text, line-throughs after (CSS Text Decoration 3, section 2.1), and skip the
 * glyphs' ink as {@code text-decoration-skip-ink: auto} asks ({@link SkipInk}).
 */
final class TextDecorations {

    private TextDecorations() {
    }

    /** Paints the fragment's underlines and overlines. */
    static void before(TextFragment t, DisplayList out) {
        for (TextDecoration d : t.style().textDecorations) {
            if (d.has(TextDecoration.UNDERLINE)) {
                line(t, d, out, TextDecoration.UNDERLINE);
            }
            if (d.has(TextDecoration.OVERLINE)) {
                line(t, d, out, TextDecoration.OVERLINE);
            }
        }
    }

    /** Paints the fragment's line-throughs. */
    static void after(TextFragment t, DisplayList out) {
        for (TextDecoration d : t.style().textDecorations) {
            if (d.has(TextDecoration.LINE_THROUGH)) {
                line(t, d, out, TextDecoration.LINE_THROUGH);
            }
        }
    }

    private static void line(TextFragment t, TextDecoration d, DisplayList out, int kind) {
        if ((d.argb() >>> 24) == 0 || t.width() <= 0) {
            return;
        }
        FontFace face = t.run().face();
        float size = d.fontSize();
        float thickness = thickness(d, face, size);
        float drawn = snapped(d, thickness);
        float ascent = face.metrics(size).ascent();
        float textTop = t.baseline() - ascent;
        // Measured against Chromium: tops land on whole pixels, heights are whole pixels.
        float top = switch (kind) {
            // A declared text-underline-offset replaces the automatic gap below the baseline.
            case TextDecoration.UNDERLINE -> t.baseline() + (Float.isNaN(d.underlineOffset())
                    ? Math.max(1, (float) Math.ceil(thickness / 2)) : Math.round(d.underlineOffset()));
            case TextDecoration.OVERLINE -> textTop - drawn;
            default -> Math.round(textTop + 2 * ascent / 3 - thickness / 2);
        };
        // A double line's second line goes away from the text for under/overlines.
        float second = Math.round(kind == TextDecoration.OVERLINE ? -(thickness + 1) : thickness + 1);
        java.awt.Shape line = shape(d.style(), t.x(), top, t.width(), drawn, second);
        if (kind != TextDecoration.LINE_THROUGH) {
            line = SkipInk.clip(line, t, top, drawn, thickness);
        }
        out.add(new PaintOp.FillShape(line, d.argb()));
    }

    /** @return the drawn height: Chromium floors auto and from-font thicknesses and rounds lengths */
    private static float snapped(TextDecoration d, float thickness) {
        boolean declared = !Float.isNaN(d.thickness().px()) || !Float.isNaN(d.thickness().em());
        return Math.max(1, declared ? Math.round(thickness) : (float) Math.floor(thickness));
    }

    /** The thickness as Blink computes it (TextDecorationInfo), at least one pixel. */
    static float thickness(TextDecoration d, FontFace face, float size) {
        TextDecoration.Thickness th = d.thickness();
        float auto = Math.max(1, size / 10f);
        float v;
        if (th.fromFont()) {
            float font = face.decorationMetrics(size).underlineThickness();
            v = font > 0 ? font : auto;
        } else if (!Float.isNaN(th.px())) {
            v = th.px();
        } else if (!Float.isNaN(th.em())) {
            v = th.em() * size;
        } else {
            v = auto;
        }
        return Math.max(1, v);
    }

    private static java.awt.Shape shape(TextDecorationStyle style, float x, float y, float w, float h, float second) {
        return switch (style) {
            case SOLID -> new Rectangle2D.Float(x, y, w, h);
            case DOUBLE -> {
                Path2D.Float p = new Path2D.Float(new Rectangle2D.Float(x, y, w, h));
                p.append(new Rectangle2D.Float(x, y + second, w, h), false);
                yield p;
            }
            case DASHED -> dashes(x, y, w, h, 3 * h, 3 * h, false);
            case DOTTED -> dashes(x, y, w, h, h, h, true);
            case WAVY -> wave(x, y, w, h);
        };
    }

    private static java.awt.Shape dashes(float x, float y, float w, float h, float dash, float gap, boolean round) {
        Path2D.Float p = new Path2D.Float();
        for (float at = x; at < x + w; at += dash + gap) {
            float len = Math.min(dash, x + w - at);
            p.append(round ? new Ellipse2D.Float(at, y, len, h) : new Rectangle2D.Float(at, y, len, h), false);
        }
        return p;
    }

    /** A sine-like wave of the given thickness, its amplitude and wavelength growing with it. */
    private static java.awt.Shape wave(float x, float y, float w, float h) {
        float amplitude = Math.max(1.5f, h * 1.5f);
        float step = Math.max(3f, h * 3f);
        Path2D.Float centre = new Path2D.Float();
        centre.moveTo(x, y + h / 2);
        boolean up = true;
        for (float at = x; at < x + w; at += step) {
            float end = Math.min(at + step, x + w);
            centre.quadTo((at + end) / 2, y + h / 2 + (up ? -amplitude : amplitude), end, y + h / 2);
            up = !up;
        }
        return new java.awt.BasicStroke(h).createStrokedShape(centre);
    }
}
