package dev.ogrender.paint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The paint ops of one image, in painting order, and the canvas size. Built by
 * {@link DisplayListBuilder}; drawn by {@link Java2DDevice}.
 */
public final class DisplayList {

    private final int width;
    private final int height;
    private final int background;
    private final List<PaintOp> ops = new ArrayList<>();

    DisplayList(int width, int height, int background) {
        this.width = width;
        this.height = height;
        this.background = background;
    }

    void add(PaintOp op) {
        ops.add(op);
    }

    int size() {
        return ops.size();
    }

    PaintOp get(int i) {
        return ops.get(i);
    }

    void removeFrom(int index) {
        ops.subList(index, ops.size()).clear();
    }

    /** @return the canvas width in pixels */
    public int width() {
        return width;
    }

    /** @return the canvas height in pixels */
    public int height() {
        return height;
    }

    /** @return the colour the canvas starts as, ARGB */
    public int background() {
        return background;
    }

    /** @return the ops, in painting order */
    public List<PaintOp> ops() {
        return Collections.unmodifiableList(ops);
    }
}
