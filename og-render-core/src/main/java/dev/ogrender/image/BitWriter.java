package dev.ogrender.image;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/** Writes a deflate bit stream: least significant bit first, into a growable byte array. Not thread-safe. */
final class BitWriter {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] buf;
    private int size;
    private long bits;
    private int count;

    BitWriter(int capacity) {
        buf = new byte[Math.max(64, capacity)];
    }

    /** Appends the low {@code n} bits of {@code value} (n at most 32). */
    void write(int value, int n) {
        ensure(4);
        writeReserved(value & 0xFFFFFFFFL & ((1L << n) - 1), n);
    }

    /**
     * Makes room for {@code bytes} more bytes, so that that many bytes' worth of
     * {@link #writeReserved} calls need no capacity check of their own.
     */
    void reserve(int bytes) {
        ensure(bytes + 8);
    }

    /**
     * Appends {@code n} bits (at most 32) of a value that has no bits above them, in space made by
     * {@link #reserve}: the hot loop of the deflate coder, with one branch per call.
     */
    void writeReserved(long value, int n) {
        bits |= value << count;
        count += n;
        if (count >= 32) {
            INT.set(buf, size, (int) bits);
            size += 4;
            bits >>>= 32;
            count -= 32;
        }
    }

    /** Empties the stream, keeping the buffer (trimmed back to 1 MB if it grew beyond). */
    void reset() {
        if (buf.length > (1 << 20)) {
            buf = new byte[1 << 20];
        }
        size = 0;
        bits = 0;
        count = 0;
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

    /** Appends whole bytes; the stream must be at a byte boundary. */
    void writeBytes(byte[] bytes, int offset, int length) {
        if ((count & 7) != 0) {
            throw new IllegalStateException("bit stream not byte-aligned");
        }
        alignToByte();                          // writes out the pending whole bytes
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
