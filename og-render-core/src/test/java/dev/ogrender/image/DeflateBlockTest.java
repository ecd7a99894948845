package dev.ogrender.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeflateBlockTest {

    /** The first distance of each of the 30 distance codes, as RFC 1951 section 3.2.5 lists them. */
    private static final int[] RFC_DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
        257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};

    @Test
    void everyDistanceGetsTheSymbolOfItsRange() {
        int symbol = 0;
        for (int distance = 1; distance <= 32768; distance++) {
            if (symbol + 1 < RFC_DISTANCE_BASE.length && distance == RFC_DISTANCE_BASE[symbol + 1]) {
                symbol++;
            }
            assertEquals(symbol, DeflateBlock.distanceSymbol(distance), "distance " + distance);
        }
    }
}
