package dev.ogrender.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Mean structural similarity (SSIM) of two images, computed exactly as ssim.js 3.5 does with its
 * default options, so scores here and in the peers lab ({@code compare.mjs}, column {@code ssim}) agree.
 *
 * <p>Those defaults: integer luma {@code (77R + 150G + 29B + 128) >> 8} (alpha ignored); MATLAB-style
 * downsampling by {@code round(min(width, height) / 256)} (2 for 1200x630): a box filter over
 * symmetrically padded pixels, then every f-th row and column; then the "weber" algorithm: an 11x11
 * uniform window, K1 0.01, K2 0.03, 8-bit dynamic range, window statistics from summed-area tables
 * with variances kept as 32-bit integers scaled by 1024. The intermediate roundings are ssim.js's own
 * and are reproduced on purpose: they move the score in the fourth decimal.
 *
 * <p>Run {@code java -cp og-render-core/target/test-classes dev.ogrender.testing.Ssim a.png b.png}
 * to score two PNG files.
 */
public final class Ssim {

    private static final int WINDOW = 11;
    private static final double K1 = 0.01;
    private static final double K2 = 0.03;
    private static final int BIT_DEPTH = 8;
    private static final int MAX_SIZE = 256;
    /** ssim.js stores variances and covariances as integers of 1024 times their value. */
    private static final int VARIANCE_SCALE = 1024;

    private Ssim() {
    }

    /** A grayscale image: one int per pixel, row by row. */
    private record Plane(int width, int height, int[] values) {
        int at(int x, int y) {
            return values[y * width + x];
        }
    }

    /**
     * SSIM with ssim.js's defaults, downsampling included (its {@code mssim}).
     *
     * @param expected the reference image
     * @param actual   the image to score, same size
     * @return the mean SSIM, 1.0 for identical images
     */
    public static double mssim(BufferedImage expected, BufferedImage actual) {
        return mssim(expected, actual, true);
    }

    /**
     * SSIM with ssim.js's defaults, optionally without downsampling ({@code downsample: false}, the
     * peers lab's {@code ssimFull}, which is more sensitive to anti-aliasing and hinting).
     *
     * @param expected   the reference image
     * @param actual     the image to score, same size
     * @param downsample whether to downsample large images first, as ssim.js does by default
     * @return the mean SSIM, 1.0 for identical images
     */
    public static double mssim(BufferedImage expected, BufferedImage actual, boolean downsample) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            throw new IllegalArgumentException("image sizes differ: " + expected.getWidth() + "x"
                    + expected.getHeight() + " vs " + actual.getWidth() + "x" + actual.getHeight());
        }
        Plane x = luma(expected);
        Plane y = luma(actual);
        // ssim.js takes the width of the first image and the height of the second here
        int factor = (int) Math.round(Math.min(expected.getWidth(), actual.getHeight()) / (double) MAX_SIZE);
        if (downsample && factor > 1) {
            x = downsample(x, factor);
            y = downsample(y, factor);
        }
        return weber(x, y);
    }

    static Plane luma(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        int[] gray = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int r = (argb[i] >> 16) & 0xff;
            int g = (argb[i] >> 8) & 0xff;
            int b = argb[i] & 0xff;
            gray[i] = (77 * r + 150 * g + 29 * b + 128) >> 8;
        }
        return new Plane(width, height, gray);
    }

    /**
     * MATLAB's {@code imfilter(img, ones(f)/f^2, 'symmetric', 'same')} then {@code img(1:f:end, 1:f:end)}.
     * An even filter is anchored so that it reaches {@code f/2} pixels up and left of the sample. The
     * result is rounded half up, as ssim.js's weber step does to its input.
     */
    private static Plane downsample(Plane in, int f) {
        int width = (in.width() + f - 1) / f;
        int height = (in.height() + f - 1) / f;
        int reach = f / 2;
        double weight = 1.0 / (f * f);
        int[] out = new int[width * height];
        for (int oy = 0; oy < height; oy++) {
            for (int ox = 0; ox < width; ox++) {
                long sum = 0;
                for (int dy = 0; dy < f; dy++) {
                    int sy = mirror(oy * f - reach + dy, in.height());
                    for (int dx = 0; dx < f; dx++) {
                        sum += in.at(mirror(ox * f - reach + dx, in.width()), sy);
                    }
                }
                out[oy * width + ox] = (int) (sum * weight + 0.5);
            }
        }
        return new Plane(width, height, out);
    }

    /** Symmetric padding: index -1 reads 0, index n reads n-1, and so on. */
    private static int mirror(int i, int n) {
        int m = Math.floorMod(i, 2 * n);
        return m < n ? m : 2 * n - 1 - m;
    }

    private static double weber(Plane x, Plane y) {
        int[] sumX = windowSums(x);
        int[] sumY = windowSums(y);
        int[] varX = scaledCovariance(x, x, sumX, sumX);
        int[] varY = scaledCovariance(y, y, sumY, sumY);
        int[] cov = scaledCovariance(x, y, sumX, sumY);
        double range = Math.pow(2, BIT_DEPTH) - 1;
        double c1 = K1 * range * (K1 * range);
        double c2 = K2 * range * (K2 * range);
        double area = WINDOW * WINDOW;
        double mean = 0;
        for (int i = 0; i < sumX.length; i++) {
            double mx = sumX[i] / area;
            double my = sumY[i] / area;
            double vx = varX[i] / (double) VARIANCE_SCALE;
            double vy = varY[i] / (double) VARIANCE_SCALE;
            double cxy = cov[i] / (double) VARIANCE_SCALE;
            double ssim = (2 * mx * my + c1) * (2 * cxy + c2) / (mx * mx + my * my + c1) / (vx + vy + c2);
            // the running mean, not sum / n: it rounds differently and ssim.js uses it
            mean = i == 0 ? ssim : mean + (ssim - mean) / (i + 1);
        }
        return mean;
    }

    /** Sums over every 11x11 window, from a summed-area table. */
    private static int[] windowSums(Plane p) {
        int w = p.width();
        int h = p.height();
        int stride = w + 1;
        // int overflow is harmless: every window's true sum fits, and differences are exact mod 2^32
        int[] table = new int[stride * (h + 1)];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                table[(r + 1) * stride + c + 1] = p.at(c, r) + table[r * stride + c + 1]
                        + table[(r + 1) * stride + c] - table[r * stride + c];
            }
        }
        int ww = w - WINDOW + 1;
        int wh = h - WINDOW + 1;
        int[] sums = new int[Math.max(0, ww) * Math.max(0, wh)];
        for (int r = 0; r < wh; r++) {
            for (int c = 0; c < ww; c++) {
                sums[r * ww + c] = table[(r + WINDOW) * stride + c + WINDOW] - table[r * stride + c + WINDOW]
                        - table[(r + WINDOW) * stride + c] + table[r * stride + c];
            }
        }
        return sums;
    }

    /** 1024 * (E[xy] - E[x]E[y]) per window, truncated to an int as ssim.js's Int32Array stores it. */
    private static int[] scaledCovariance(Plane x, Plane y, int[] sumX, int[] sumY) {
        int[] products = windowSums(product(x, y));
        double area = WINDOW * WINDOW;
        int[] out = new int[products.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) (VARIANCE_SCALE * (products[i] / area - (sumX[i] / area) * (sumY[i] / area)));
        }
        return out;
    }

    private static Plane product(Plane x, Plane y) {
        int[] v = new int[x.values().length];
        for (int i = 0; i < v.length; i++) {
            v[i] = x.values()[i] * y.values()[i];
        }
        return new Plane(x.width(), x.height(), v);
    }

    /**
     * Prints the SSIM of two PNG files, with and without downsampling.
     *
     * @param args two image paths
     * @throws IOException if an image cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Ssim <expected.png> <actual.png>");
            System.exit(2);
        }
        BufferedImage a = ImageIO.read(Path.of(args[0]).toFile());
        BufferedImage b = ImageIO.read(Path.of(args[1]).toFile());
        System.out.printf("ssim %s ssimFull %s%n", mssim(a, b), mssim(a, b, false));
    }
}
