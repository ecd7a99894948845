package dev.ogrender.layout;

import java.util.ArrayList;
import java.util.List;

/** One flex line: its items in order, and its cross size and position. */
final class FlexLine {

    final List<FlexItem> items = new ArrayList<>();
    float crossSize;
    float crossPos;
    /** The shared baseline of its baseline-aligned items from the line's cross start; NaN when none. */
    float baseline = Float.NaN;
}
