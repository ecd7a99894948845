package dev.ogrender.text;

import java.nio.ByteBuffer;

/**
 * The WOFF2 point encoding (section 5.2, "triplet encoding"): one flag byte per point chooses how many
 * bytes of the glyph stream hold its x and y deltas and their signs; the top bit marks off-curve points.
 */
final class Triplets {

    private Triplets() {
    }

    /** Reads points into absolute coordinates. */
    static void decode(ByteBuffer flags, ByteBuffer data, int[] xs, int[] ys, boolean[] on) {
        int x = 0;
        int y = 0;
        for (int i = 0; i < xs.length; i++) {
            int flag = flags.get() & 0xFF;
            on[i] = (flag >> 7) == 0;
            flag &= 0x7F;
            int dx;
            int dy;
            if (flag < 10) {
                dx = 0;
                dy = sign(flag, ((flag & 14) << 7) + u8(data));
            } else if (flag < 20) {
                dx = sign(flag, (((flag - 10) & 14) << 7) + u8(data));
                dy = 0;
            } else if (flag < 84) {
                int b0 = flag - 20;
                int b1 = u8(data);
                dx = sign(flag, 1 + (b0 & 0x30) + (b1 >> 4));
                dy = sign(flag >> 1, 1 + ((b0 & 0x0C) << 2) + (b1 & 0x0F));
            } else if (flag < 120) {
                int b0 = flag - 84;
                dx = sign(flag, 1 + ((b0 / 12) << 8) + u8(data));
                dy = sign(flag >> 1, 1 + (((b0 % 12) >> 2) << 8) + u8(data));
            } else if (flag < 124) {
                int b0 = u8(data);
                int b1 = u8(data);
                int b2 = u8(data);
                dx = sign(flag, (b0 << 4) + (b1 >> 4));
                dy = sign(flag >> 1, ((b1 & 0x0F) << 8) + b2);
            } else {
                dx = sign(flag, (u8(data) << 8) + u8(data));
                dy = sign(flag >> 1, (u8(data) << 8) + u8(data));
            }
            x += dx;
            y += dy;
            xs[i] = x;
            ys[i] = y;
        }
    }

    private static int u8(ByteBuffer b) {
        return b.get() & 0xFF;
    }

    /** The low bit of the flag set means positive. */
    private static int sign(int flag, int value) {
        return (flag & 1) != 0 ? value : -value;
    }
}
