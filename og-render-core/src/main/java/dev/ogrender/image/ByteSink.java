package dev.ogrender.image;

import java.util.Arrays;
import java.util.zip.Deflater;

/** A growable byte array that a {@link Deflater} can write into directly. Not thread-safe. */
final class ByteSink {

    private static final int MAX = Integer.MAX_VALUE - 16;

    private byte[] buf;
    private int size;

    ByteSink(int capacity) {
        buf = new byte[capacity];
    }

    int size() {
        return size;
    }

    /** @return the backing array; valid up to {@link #size()} until the next write */
    byte[] buffer() {
        return buf;
    }

    void write(byte[] bytes) {
        write(bytes, bytes.length);
    }

    /** Appends {@code bytes[0, length)}. */
    void write(byte[] bytes, int length) {
        ensure(length);
        System.arraycopy(bytes, 0, buf, size, length);
        size += length;
    }

    void writeInt(int v) {
        ensure(4);
        PngEncoder.putInt(buf, size, v);
        size += 4;
    }

    void patchInt(int offset, int v) {
        PngEncoder.putInt(buf, offset, v);
    }

    /** Lets the deflater fill the free space, growing first when little is left. */
    void deflateFrom(Deflater deflater) {
        ensure(8192);
        size += deflater.deflate(buf, size, buf.length - size);
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int extra) {
        if (buf.length - size >= extra) {
            return;
        }
        long wanted = Math.max((long) size + extra, (long) buf.length + (buf.length >> 1));
        if (wanted > MAX) {
            throw new IllegalStateException("PNG output exceeds 2 GB");
        }
        buf = Arrays.copyOf(buf, (int) wanted);
    }
}
