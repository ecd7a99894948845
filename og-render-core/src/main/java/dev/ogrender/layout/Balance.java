package dev.ogrender.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * text-wrap: balance (CSS Text 4, section 6.1): the same number of lines as greedy wrapping, with the
 * breaks chosen so that the lines are as close to the same length as possible. Like Chromium's score
 * line breaker, it minimises the sum of the squared free space of every line (dynamic programming over
 * the break opportunities), for paragraphs of up to {@value #MAX_LINES} lines without forced breaks.
 */
final class Balance {

    static final int MAX_LINES = 6;

    private Balance() {
    }

    /**
     * @return the lines as {start, end, next}, or null when the paragraph is not balanced (one line,
     *     too many lines, forced breaks)
     */
    static List<int[]> breaks(Paragraph p, float available, float indent) {
        String text = p.text();
        List<int[]> greedy = p.breakLines(available, indent, MAX_LINES + 1);
        int lines = greedy.size();
        if (lines <= 1 || lines > MAX_LINES || text.indexOf('\n') >= 0) {
            return null;
        }
        List<Integer> stops = new ArrayList<>();
        stops.add(0);
        for (int i = p.nextOpportunityFrom(0); i < text.length(); i = p.nextOpportunityFrom(i)) {
            stops.add(i);
        }
        stops.add(text.length());
        int k = stops.size();
        double[][] cost = new double[lines + 1][k];
        int[][] from = new int[lines + 1][k];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int line = 1; line <= lines; line++) {
            for (int b = 1; b < k; b++) {
                for (int a = b - 1; a >= 0; a--) {
                    if (cost[line - 1][a] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    float room = available - (line == 1 ? indent : 0);
                    float w = p.width(stops.get(a), p.trimmedEnd(stops.get(a), stops.get(b)));
                    if (w > room + 0.01f) {
                        break;
                    }
                    double c = cost[line - 1][a] + (double) (room - w) * (room - w);
                    if (c < cost[line][b]) {
                        cost[line][b] = c;
                        from[line][b] = a;
                    }
                }
            }
        }
        if (cost[lines][k - 1] == Double.POSITIVE_INFINITY) {
            return null;
        }
        int[][] out = new int[lines][];
        for (int line = lines, b = k - 1; line > 0; line--) {
            int a = from[line][b];
            out[line - 1] = new int[] {stops.get(a), stops.get(b), stops.get(b)};
            b = a;
        }
        return List.of(out);
    }
}
