package dev.ogrender.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class VerticalHinterTest {

    /** Inter's zones in em, measured from its outlines: bottom of p, baseline, x, o, H, l. */
    private static final float[] INTER = {-0.2041f, 0, 0.5459f, 0.5527f, 0.7275f, 0.7275f};

    private static float[] at(float size) {
        float[] px = new float[INTER.length];
        for (int i = 0; i < px.length; i++) {
            px[i] = INTER[i] * size;
        }
        return VerticalHinter.fit(px);
    }

    /** Chromium draws the H of Inter 60px 43 px tall: the x-height overshoot (33.16) rounds down first. */
    @Test
    void rescalesToTheXHeightOvershootBeforeRounding() {
        assertArrayEquals(new float[] {-12, 0, 33, 33, 43, 43}, at(60), 0f);
        assertArrayEquals(new float[] {-4, 0, 11, 11, 14, 14}, at(20), 0f);
    }

    /** From 0.375 px above a whole pixel the overshoot rounds up (FreeType's 40/64 threshold). */
    @Test
    void roundsTheOvershootUpFromThreeEighthsOfAPixel() {
        // o at 40px is 22.11: down to 22; at 41px it is 22.66: up to 23, and the cap height grows with it.
        assertArrayEquals(new float[] {-8, 0, 22, 22, 29, 29}, at(40), 0f);
        assertArrayEquals(new float[] {-8, 0, 23, 23, 30, 30}, at(41), 0f);
    }

    /** A face without x (its zone measured as 0, sorted below the baseline slot) is not rescaled. */
    @Test
    void aFaceWithoutAnXHeightIsRoundedZoneByZone() {
        assertArrayEquals(new float[] {-12, 0, 0, 0, 44, 44},
                VerticalHinter.fit(new float[] {-12.2f, 0, 0, 0, 43.65f, 43.65f}), 0f);
    }

    @Test
    void otherZoneListsAreRoundedOneByOne() {
        assertArrayEquals(new float[] {-3, 0, 11}, VerticalHinter.fit(new float[] {-3.4f, 0, 10.6f}), 0f);
    }
}
