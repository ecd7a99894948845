package dev.ogrender.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text stream one line at a time, as {@link java.io.BufferedReader#readLine()} does, but never
 * holds more than {@link #MAX_LINE} characters of one line: a line without an end (a huge minified file,
 * a binary file) is skipped and reported instead of filling the heap.
 */
final class LineReader {

    /** The longest line kept, in characters. */
    static final int MAX_LINE = 1 << 20;

    /** One line, or the fact that it was too long. */
    record Line(long number, String text, boolean tooLong) {
    }

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int pos;
    private int end;
    private long number;

    LineReader(Reader in) {
        this.in = in;
    }

    /** @return the next line without its terminator (\n or \r\n), or null at the end of the stream */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                return any ? finish(text, tooLong) : null;
            }
            any = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            if (!tooLong && text.length() + (pos - start) <= MAX_LINE) {
                text.append(buffer, start, pos - start);
            } else {
                tooLong = true;
                text.setLength(0);
            }
            if (pos < end) {
                pos++;
                return finish(text, tooLong);
            }
        }
    }

    private Line finish(StringBuilder text, boolean tooLong) {
        int length = text.length();
        if (length > 0 && text.charAt(length - 1) == '\r') {
            text.setLength(length - 1);
        }
        return new Line(++number, text.toString(), tooLong);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        pos = 0;
        end = Math.max(n, 0);
        return n > 0;
    }
}
