package dev.ogrender.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Counts a batch's images and failures, reports each failure as it happens, draws a progress bar when
 * asked (on a terminal), and prints the summary line. Thread-safe: workers call it concurrently.
 *
 * <p>The bar is one line redrawn with a carriage return at most ten times a second, so a log of a batch
 * run on a terminal holds one bar, not thousands. Failure lines first clear the bar, then it is drawn
 * again below them.
 */
final class BatchProgress {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean bar;
    private final long total;
    private final long start = System.nanoTime();
    private long rendered;
    private long failed;
    private long skipped;
    private long lastDraw;
    private int drawnWidth;

    /**
     * @param out   where the summary goes
     * @param err   where failures and the bar go
     * @param bar   whether to draw the bar
     * @param total the number of lines, or 0 when unknown
     */
    BatchProgress(PrintWriter out, PrintWriter err, boolean bar, long total) {
        this.out = out;
        this.err = err;
        this.bar = bar;
        this.total = total;
    }

    /** Counts one image written. */
    synchronized void rendered() {
        rendered++;
        redraw(false);
    }

    /** Counts one blank line, so the bar still reaches its end. */
    synchronized void skipped() {
        skipped++;
    }

    /**
     * Counts and reports one failed line.
     *
     * @param line   its 1-based number in the data file
     * @param reason what was wrong, one line
     */
    synchronized void failed(long line, String reason) {
        failed++;
        clearBar();
        err.println("og-render: line " + line + ": " + reason);
        err.flush();
        redraw(true);
    }

    /** @return the number of failed lines so far */
    synchronized long failures() {
        return failed;
    }

    /** Clears the bar and prints {@code rendered N images in S s (R img/s)}, plus failures if any. */
    synchronized void finish() {
        clearBar();
        double seconds = (System.nanoTime() - start) / 1e9;
        String line = String.format(Locale.ROOT, "rendered %d images in %.2f s (%.1f img/s)",
                rendered, seconds, seconds > 0 ? rendered / seconds : 0.0);
        out.println(failed == 0 ? line : line + ", " + failed + " failed");
        out.flush();
    }

    private void redraw(boolean force) {
        long now = System.nanoTime();
        if (!bar || !force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        String text = barText((now - start) / 1e9);
        err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
        err.flush();
        drawnWidth = text.length();
    }

    private String barText(double seconds) {
        long done = rendered + failed + skipped;
        double rate = seconds > 0 ? rendered / seconds : 0;
        String counts = String.format(Locale.ROOT, "%d%s  %.0f img/s%s", done, total > 0 ? "/" + total : "",
                rate, failed > 0 ? "  " + failed + " failed" : "");
        if (total <= 0) {
            return counts;
        }
        int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%  ", done * 100 / total) + counts;
    }

    private void clearBar() {
        if (bar && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            drawnWidth = 0;
        }
    }
}
