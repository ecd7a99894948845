package dev.ogrender.image;

import java.util.Arrays;

/** Writes a deflate bit stream: least significant bit first, into a growable byte array. Not thread-safe. */
final class BitWriter {

    private byte[] buf;
    private int size;
    private long bits;
    private int count;

    BitWriter(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    /** Appends the low {@code n} bits of {@code value} (n at most 32). */
    void write(int value, int n) {
        bits |= (value & 0xFFFFFFFFL & ((1L << n) - 1)) << count;
        count += n;
        if (count >= 32) {
            ensure(4);
            buf[size] = (byte) bits;
            buf[size + 1] = (byte) (bits >>> 8);
            buf[size + 2] = (byte) (bits >>> 16);
            buf[size + 3] = (byte) (bits >>> 24);
            size += 4;
            bits >>>= 32;
            count -= 32;
        }
    }

    /** Pads with zero bits to the next byte boundary and writes out every pending bit. */
    void alignToByte() {
        ensure(8);
        while (count > 0) {
            buf[size++] = (byte) bits;
            bits >>>= 8;
            count = Math.max(0, count - 8);
        }
        bits = 0;
    }

    /** Appends whole bytes; the stream must be byte-aligned. */
    void writeBytes(byte[] bytes, int offset, int length) {
        if (count != 0) {
            throw new IllegalStateException("bit stream not byte-aligned");
        }
        ensure(length);
        System.arraycopy(bytes, offset, buf, size, length);
        size += length;
    }

    /** @return the bytes written so far; call {@link #alignToByte()} first */
    byte[] buffer() {
        return buf;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int extra) {
        if (buf.length - size < extra) {
            long wanted = Math.max((long) size + extra, (long) buf.length * 2);
            if (wanted > Integer.MAX_VALUE - 16) {
                throw new IllegalStateException("PNG output exceeds 2 GB");
            }
            buf = Arrays.copyOf(buf, (int) wanted);
        }
    }
}
