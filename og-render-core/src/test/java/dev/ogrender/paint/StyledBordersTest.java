package dev.ogrender.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StyledBordersTest {

    @Test
    void openLinesEndOnADashAtBothEnds() {
        // 100px, dashes of 16 and gaps of 8: 5 dashes leave 20px for 4 gaps.
        assertEquals(5f, StyledBorders.bestGap(100, 16, 8, false), 1e-4);
    }

    @Test
    void closedPathsHaveAsManyGapsAsDashes() {
        // 100px, dashes of 16 and gaps of 8: 4 dashes leave 36 for 4 gaps (9) rather than 5 dashes' 4 gaps of 4.
        assertEquals(9f, StyledBorders.bestGap(100, 16, 8, true), 1e-4);
    }
}
