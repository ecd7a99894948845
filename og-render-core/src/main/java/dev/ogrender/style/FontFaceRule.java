package dev.ogrender.style;

import java.util.List;

/**
 * A parsed {@code @font-face} rule (CSS Fonts 4, section 4): the family it defines, its sources in
 * preference order, and the weight range and style it covers. Loading the sources is the text stage's
 * job (through the renderer's resource loader).
 *
 * @param family    the family name as written (matched case-insensitively)
 * @param sources   url() sources in order; local() sources are skipped (system fonts are never read)
 * @param minWeight the lowest weight covered, 1-1000
 * @param maxWeight the highest weight covered (equal to minWeight for a single weight)
 * @param italic    whether the face is italic or oblique
 * @param line      1-based line of the rule in the template, or 0
 * @param column    1-based column, or 0
 */
public record FontFaceRule(String family, List<Source> sources, int minWeight, int maxWeight, boolean italic,
        int line, int column) {

    /**
     * One url() in {@code src}.
     *
     * @param url    the URL as written
     * @param format the format() hint lower-cased, or empty
     */
    public record Source(String url, String format) {
    }
}
