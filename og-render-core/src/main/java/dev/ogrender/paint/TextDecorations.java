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

    /** Crest-to-trough height of a wavy line's centre, in thicknesses (measured in Chromium). */
    private static final float WAVE_HEIGHT = 1.68f;

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
        if (d.style() != TextDecorationStyle.SOLID && d.style() != TextDecorationStyle.DOUBLE) {
            // Measured against Chromium at 56px: dashes, dots and waves are stroked with the rounded
            // thickness, dashes and dots starting a pixel higher than a solid line.
            drawn = Math.max(1, Math.round(thickness));
            top = d.style() == TextDecorationStyle.WAVY || kind != TextDecoration.UNDERLINE ? top : top - 1;
        }
        java.awt.Shape line = shape(d.style(), t.x(), top, t.width(), drawn, second, thickness);
        if (kind != TextDecoration.LINE_THROUGH) {
            // A wave skips ink over its whole height.
            float band = d.style() == TextDecorationStyle.WAVY ? WAVE_HEIGHT * thickness + drawn : drawn;
            line = SkipInk.clip(line, t, top, band, thickness);
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

    private static java.awt.Shape shape(TextDecorationStyle style, float x, float y, float w, float h, float second,
            float thickness) {
        return switch (style) {
            case SOLID -> new Rectangle2D.Float(x, y, w, h);
            case DOUBLE -> {
                Path2D.Float p = new Path2D.Float(new Rectangle2D.Float(x, y, w, h));
                p.append(new Rectangle2D.Float(x, y + second, w, h), false);
                yield p;
            }
            // Dashes twice the thickness long, round dots one thickness wide, about a thickness apart
            // (Chromium at 56px: 12px dashes every 17.7px, 6px dots every 12px).
            case DASHED -> dashes(x, y, w, h, 2 * h, thickness, false);
            case DOTTED -> dashes(x, y, w, h, h, h, true);
            case WAVY -> wave(x, y, w, h, thickness);
        };
    }

    /** Dashes or dots spread so that whole ones start and end the line, as Skia's dash effect does for Blink. */
    private static java.awt.Shape dashes(float x, float y, float w, float h, float dash, float gap, boolean round) {
        int n = (int) Math.floor((w + gap) / (dash + gap));
        if (n >= 2) {
            gap = (w - n * dash) / (n - 1);
        }
        Path2D.Float p = new Path2D.Float();
        for (float at = x; at < x + w - 0.01f; at += dash + gap) {
            float len = Math.min(dash, x + w - at);
            p.append(round ? new Ellipse2D.Float(at, y, len, h) : new Rectangle2D.Float(at, y, len, h), false);
        }
        return p;
    }

    /**
     * A wave stroked with the thickness, as measured in Chromium: a period of about 4.5 thicknesses and a
     * crest-to-trough height of 1.7 thicknesses, starting on its centre line and going down first.
     */
    private static java.awt.Shape wave(float x, float y, float w, float h, float thickness) {
        float half = 2.23f * thickness;
        float amplitude = WAVE_HEIGHT / 2 * thickness;
        float centre = y + amplitude + h / 2;
        Path2D.Float path = new Path2D.Float();
        path.moveTo(x, centre);
        boolean down = true;
        for (float at = x; at < x + w; at += half) {
            float end = Math.min(at + half, x + w);
            // A quadratic curve reaches half of its control point's offset.
            path.quadTo((at + end) / 2, centre + (down ? 2 * amplitude : -2 * amplitude), end, centre);
            down = !down;
        }
        java.awt.geom.Area stroke = new java.awt.geom.Area(new java.awt.BasicStroke(h).createStrokedShape(path));
        // The wave is cut at the text's ends, as Chromium clips it to the decorated box.
        stroke.intersect(new java.awt.geom.Area(new Rectangle2D.Float(x, y - h, w, 2 * amplitude + 3 * h)));
        return stroke;
    }
}
