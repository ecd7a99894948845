package dev.ogrender.text;

import java.util.Comparator;
import java.util.List;

/** The weight and style steps of the CSS Fonts 4 font matching algorithm (section 5.2). */
final class FontMatcher {

    private FontMatcher() {
    }

    static FontFace bestOf(List<FontFace> family, int weight, boolean italic) {
        List<FontFace> styled = family.stream().filter(f -> f.italic() == italic).toList();
        List<FontFace> pool = styled.isEmpty() ? family : styled;
        return pool.stream().min(Comparator.comparingInt(f -> rangeRank(f, weight))).orElseThrow();
    }

    /** A face covering a weight range matches any weight inside it exactly, else by its nearer end. */
    static int rangeRank(FontFace f, int desired) {
        if (desired >= f.weight() && desired <= f.maxWeight()) {
            return 0;
        }
        return weightRank(desired < f.weight() ? f.weight() : f.maxWeight(), desired);
    }

    /**
     * Orders candidate weights as the spec does: for 400-500 first up to 500, then down, then above 500;
     * below 400 down first, then up; above 500 up first, then down. Lower rank wins.
     */
    static int weightRank(int candidate, int desired) {
        if (candidate == desired) {
            return 0;
        }
        if (desired >= 400 && desired <= 500) {
            if (candidate > desired && candidate <= 500) {
                return candidate - desired;
            }
            if (candidate < desired) {
                return 1000 + (desired - candidate);
            }
            return 2000 + (candidate - desired);
        }
        if (desired < 400) {
            return candidate < desired ? desired - candidate : 1000 + (candidate - desired);
        }
        return candidate > desired ? candidate - desired : 1000 + (desired - candidate);
    }
}
