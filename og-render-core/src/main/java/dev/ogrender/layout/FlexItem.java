package dev.ogrender.layout;

import dev.ogrender.style.Keywords.Align;

/** The flex algorithm's working numbers for one item; sizes are border-box, along main or cross. */
final class FlexItem {

    final LayoutBox box;
    /** Flex base size (9.2 step 3). */
    float base;
    /** Hypothetical main size: the base size clamped by min and max (9.2 step 3). */
    float hypothetical;
    float minMain;
    float maxMain = Float.POSITIVE_INFINITY;
    /** Target main size while resolving flexible lengths, then the used main size. */
    float main;
    boolean frozen;
    /** How far min/max moved the target in the last round (positive: a min violation). */
    float violation;
    /** Margins along the main axis, both sides (auto counted as 0). */
    float mainMargins;
    float crossMargins;
    /** Used cross size. */
    float cross;
    /** Position of the margin box along the main axis and the cross axis, from the content box. */
    float mainPos;
    float crossPos;
    Align align;

    FlexItem(LayoutBox box) {
        this.box = box;
    }

    float outerHypothetical() {
        return hypothetical + mainMargins;
    }

    float outerMain() {
        return main + mainMargins;
    }

    float outerCross() {
        return cross + crossMargins;
    }
}
