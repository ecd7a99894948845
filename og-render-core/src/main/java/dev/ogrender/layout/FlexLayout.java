package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.Align;
import dev.ogrender.style.Keywords.FlexDirection;
import dev.ogrender.style.Keywords.FlexWrap;
import dev.ogrender.style.Keywords.JustifyContent;
import dev.ogrender.style.Keywords.Overflow;
import dev.ogrender.style.Length;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Flexbox, following CSS Flexible Box Layout Level 1 section 9 step by step; each method is named
 * after the step it implements. Sizes are border-box sizes throughout.
 */
final class FlexLayout {

    private final LayoutBox container;
    private final LayoutContext ctx;
    private final boolean row;
    private final float innerWidth;
    private final float innerHeight;
    private final float mainGap;
    private final float crossGap;
    private float availableMain;
    private final float availableCross;

    private FlexLayout(LayoutBox container, float innerWidth, float innerHeight, LayoutContext ctx) {
        this.container = container;
        this.ctx = ctx;
        this.row = IntrinsicSizes.isRow(container);
        this.innerWidth = innerWidth;
        this.innerHeight = innerHeight;
        this.availableMain = row ? innerWidth : innerHeight;
        this.availableCross = row ? innerHeight : innerWidth;
        ComputedStyle s = container.style;
        this.mainGap = (row ? s.columnGap : s.rowGap).resolve(availableMain, 0);
        this.crossGap = (row ? s.rowGap : s.columnGap).resolve(availableCross, 0);
    }

    /**
     * Lays out a flex container's items.
     *
     * @return the content height the container needs
     */
    static float layout(LayoutBox container, float innerWidth, float innerHeight, LayoutContext ctx) {
        return new FlexLayout(container, innerWidth, innerHeight, ctx).run();
    }

    private float run() {
        List<FlexItem> items = generateItems();
        for (FlexItem item : items) {
            determineFlexBaseSize(item);
        }
        List<FlexLine> lines = collectIntoLines(items);
        float containerMain = availableMain;
        if (Float.isNaN(containerMain)) {
            containerMain = 0;
            for (FlexLine line : lines) {
                containerMain = Math.max(containerMain, sumOuterHypothetical(line));
            }
            containerMain = clampContainerMain(containerMain);
            availableMain = containerMain;
        }
        for (FlexLine line : lines) {
            resolveFlexibleLengths(line, containerMain);
            determineHypotheticalCrossSizes(line);
        }
        float crossUsed = determineLineCrossSizes(lines);
        for (FlexLine line : lines) {
            stretchItems(line);
            distributeMainAxis(line, containerMain);
            alignCrossAxis(line);
        }
        placeItems(lines, containerMain, crossUsed);
        return row ? crossUsed : containerMain;
    }

    /** 9.1: in-flow children become items, ordered by {@code order} (stable). */
    private List<FlexItem> generateItems() {
        List<FlexItem> items = new ArrayList<>();
        for (LayoutBox child : container.children) {
            if (!child.isAbsolute()) {
                child.formattingRoot = true;
                BoxModel.resolveEdges(child, innerWidth);
                FlexItem item = new FlexItem(child);
                item.mainMargins = row ? child.horizontalMargins() : child.verticalMargins();
                item.crossMargins = row ? child.verticalMargins() : child.horizontalMargins();
                Align self = child.style.alignSelf;
                item.align = self == Align.AUTO ? container.style.alignItems : self;
                items.add(item);
            }
        }
        items.sort(Comparator.comparingInt(i -> i.box.style.order));
        return items;
    }

    /** 9.2 step 3 and 4.5: flex base size, hypothetical main size, and the min/max main sizes. */
    private void determineFlexBaseSize(FlexItem item) {
        LayoutBox b = item.box;
        ComputedStyle s = b.style;
        if (!row) {
            item.cross = columnItemWidth(item);
        }
        float base = Float.NaN;
        Length basis = s.flexBasis;
        if (basis.isLength()) {
            base = row ? BoxModel.toBorderBoxWidth(b, basis, availableMain)
                    : BoxModel.toBorderBoxHeight(b, basis, availableMain);
        }
        if (Float.isNaN(base) && basis.isAuto()) {
            base = row ? BoxModel.specifiedWidth(b, innerWidth) : BoxModel.specifiedHeight(b, innerHeight);
        }
        if (Float.isNaN(base)) {
            base = contentMainSize(item);
        }
        item.base = base;
        item.maxMain = maxMain(b);
        item.minMain = minMain(item);
        item.hypothetical = clamp(base, item.minMain, item.maxMain);
    }

    private float contentMainSize(FlexItem item) {
        if (row) {
            return IntrinsicSizes.maxContent(item.box, ctx);
        }
        BlockLayout.layoutInside(item.box, item.cross, Float.NaN, innerHeight, ctx);
        return item.box.height;
    }

    /** The width of an item in a column container: definite, stretched, or fit-content. */
    private float columnItemWidth(FlexItem item) {
        LayoutBox b = item.box;
        float width = BoxModel.specifiedWidth(b, innerWidth);
        if (Float.isNaN(width)) {
            float available = innerWidth - item.crossMargins;
            boolean autoCrossMargin = b.autoMargin[1] || b.autoMargin[3];
            if ((item.align == Align.STRETCH || item.align == Align.NORMAL) && !autoCrossMargin) {
                width = available;
            } else {
                float min = IntrinsicSizes.minContent(b, ctx);
                float max = IntrinsicSizes.maxContent(b, ctx);
                width = Math.min(max, Math.max(min, available));
            }
        }
        return BoxModel.clampWidth(b, width, innerWidth);
    }

    private float maxMain(LayoutBox b) {
        float max = row ? BoxModel.toBorderBoxWidth(b, b.style.maxWidth, innerWidth)
                : BoxModel.toBorderBoxHeight(b, b.style.maxHeight, innerHeight);
        return Float.isNaN(max) ? Float.POSITIVE_INFINITY : max;
    }

    /** 4.5: an auto minimum size is the content size, capped by a definite specified size. */
    private float minMain(FlexItem item) {
        LayoutBox b = item.box;
        Length min = row ? b.style.minWidth : b.style.minHeight;
        if (!min.isAuto()) {
            float v = row ? BoxModel.toBorderBoxWidth(b, min, innerWidth)
                    : BoxModel.toBorderBoxHeight(b, min, innerHeight);
            return Float.isNaN(v) ? 0 : v;
        }
        if (b.style.overflow == Overflow.HIDDEN) {
            return row ? b.horizontalPaddingBorder() : b.verticalPaddingBorder();
        }
        float content;
        if (row) {
            content = IntrinsicSizes.minContentOfContent(b, ctx);
        } else {
            BlockLayout.layoutInside(b, item.cross, Float.NaN, innerHeight, ctx);
            content = b.height;
        }
        float specified = row ? BoxModel.specifiedWidth(b, innerWidth) : BoxModel.specifiedHeight(b, innerHeight);
        if (!Float.isNaN(specified)) {
            content = Math.min(content, specified);
        }
        return Math.min(content, item.maxMain);
    }

    /** 9.3: one line unless the container wraps and the next item would overflow. */
    private List<FlexLine> collectIntoLines(List<FlexItem> items) {
        List<FlexLine> lines = new ArrayList<>();
        FlexLine line = new FlexLine();
        float used = 0;
        boolean wrap = container.style.flexWrap != FlexWrap.NOWRAP && !Float.isNaN(availableMain);
        for (FlexItem item : items) {
            float add = item.outerHypothetical() + (line.items.isEmpty() ? 0 : mainGap);
            if (wrap && !line.items.isEmpty() && used + add > availableMain + 0.01f) {
                lines.add(line);
                line = new FlexLine();
                used = 0;
                add = item.outerHypothetical();
            }
            line.items.add(item);
            used += add;
        }
        lines.add(line);
        return lines;
    }

    private float sumOuterHypothetical(FlexLine line) {
        float sum = Math.max(0, line.items.size() - 1) * mainGap;
        for (FlexItem item : line.items) {
            sum += item.outerHypothetical();
        }
        return sum;
    }

    private float clampContainerMain(float contentMain) {
        LayoutBox b = container;
        float pb = row ? b.horizontalPaddingBorder() : b.verticalPaddingBorder();
        float clamped = row ? BoxModel.clampWidth(b, contentMain + pb, Float.NaN)
                : BoxModel.clampHeight(b, contentMain + pb, Float.NaN);
        return clamped - pb;
    }

    /** 9.7: grow or shrink the items of a line, freezing those that hit their min or max. */
    private void resolveFlexibleLengths(FlexLine line, float containerMain) {
        float initialFree = containerMain - sumOuterHypothetical(line);
        boolean grow = initialFree > 0;
        for (FlexItem item : line.items) {
            float factor = grow ? item.box.style.flexGrow : item.box.style.flexShrink;
            item.main = item.hypothetical;
            item.frozen = factor == 0 || (grow && item.base > item.hypothetical)
                    || (!grow && item.base < item.hypothetical);
            if (item.frozen) {
                item.main = item.hypothetical;
            }
        }
        float gaps = Math.max(0, line.items.size() - 1) * mainGap;
        while (anyUnfrozen(line)) {
            float used = gaps;
            float factors = 0;
            float scaledShrink = 0;
            for (FlexItem item : line.items) {
                if (item.frozen) {
                    used += item.outerMain();
                } else {
                    used += item.base + item.mainMargins;
                    factors += grow ? item.box.style.flexGrow : item.box.style.flexShrink;
                    scaledShrink += item.box.style.flexShrink * innerBase(item);
                }
            }
            float free = containerMain - used;
            if (factors < 1) {
                float scaled = initialFree * factors;
                if (Math.abs(scaled) < Math.abs(free)) {
                    free = scaled;
                }
            }
            float violation = 0;
            for (FlexItem item : line.items) {
                if (item.frozen) {
                    continue;
                }
                float target = item.base;
                if (grow && factors > 0) {
                    target += free * item.box.style.flexGrow / factors;
                } else if (!grow && scaledShrink > 0) {
                    target += free * item.box.style.flexShrink * innerBase(item) / scaledShrink;
                }
                float clamped = clamp(target, item.minMain, item.maxMain);
                item.violation = clamped - target;
                violation += item.violation;
                item.main = clamped;
            }
            freezeViolators(line, violation);
        }
    }

    private void freezeViolators(FlexLine line, float violation) {
        for (FlexItem item : line.items) {
            if (item.frozen) {
                continue;
            }
            if (Math.abs(violation) < 0.001f || (violation > 0 && item.violation > 0)
                    || (violation < 0 && item.violation < 0)) {
                item.frozen = true;
            }
        }
    }

    private float innerBase(FlexItem item) {
        float pb = row ? item.box.horizontalPaddingBorder() : item.box.verticalPaddingBorder();
        return Math.max(0, item.base - pb);
    }

    private static boolean anyUnfrozen(FlexLine line) {
        for (FlexItem item : line.items) {
            if (!item.frozen) {
                return true;
            }
        }
        return false;
    }

    /** 9.4 step 6-7: lay each item out at its main size to learn its cross size. */
    private void determineHypotheticalCrossSizes(FlexLine line) {
        for (FlexItem item : line.items) {
            LayoutBox b = item.box;
            if (row) {
                float height = BoxModel.specifiedHeight(b, innerHeight);
                if (Float.isNaN(height)) {
                    // aspect-ratio (wt/text): the item's height follows from its main size.
                    height = BoxModel.ratioHeight(b, item.main);
                }
                BlockLayout.layoutInside(b, item.main, height, innerHeight, ctx);
                item.cross = b.height;
            } else {
                BlockLayout.layoutInside(b, item.cross, item.main, innerHeight, ctx);
            }
        }
    }

    /** 9.4 step 8 and 9.6 (align-content): cross size of each line. @return the cross size used */
    private float determineLineCrossSizes(List<FlexLine> lines) {
        for (FlexLine line : lines) {
            float max = 0;
            for (FlexItem item : line.items) {
                if (!FlexBaselines.participates(item, row)) {
                    max = Math.max(max, item.outerCross());
                }
            }
            // inline (wt/inline): align-items: baseline
            float[] baseline = FlexBaselines.lineSize(line, row, max);
            line.crossSize = baseline[0];
            line.baseline = baseline[1];
        }
        float sum = Math.max(0, lines.size() - 1) * crossGap;
        for (FlexLine line : lines) {
            sum += line.crossSize;
        }
        if (Float.isNaN(availableCross)) {
            return sum;
        }
        if (lines.size() == 1 && container.style.flexWrap == FlexWrap.NOWRAP) {
            lines.get(0).crossSize = availableCross;
            return availableCross;
        }
        Align content = container.style.alignContent;
        if ((content == Align.STRETCH || content == Align.NORMAL) && availableCross > sum) {
            float extra = (availableCross - sum) / lines.size();
            for (FlexLine line : lines) {
                line.crossSize += extra;
            }
        }
        return availableCross;
    }

    /** 9.4 step 11: stretch items with an auto cross size to their line. */
    private void stretchItems(FlexLine line) {
        for (FlexItem item : line.items) {
            LayoutBox b = item.box;
            boolean autoCross = row ? b.style.height.isAuto() : b.style.width.isAuto();
            boolean autoMargins = row ? (b.autoMargin[0] || b.autoMargin[2]) : (b.autoMargin[1] || b.autoMargin[3]);
            if ((item.align != Align.STRETCH && item.align != Align.NORMAL) || !autoCross || autoMargins) {
                continue;
            }
            float target = line.crossSize - item.crossMargins;
            target = row ? BoxModel.clampHeight(b, target, innerHeight) : BoxModel.clampWidth(b, target, innerWidth);
            if (Math.abs(target - item.cross) > 0.001f) {
                item.cross = target;
                if (row) {
                    BlockLayout.layoutInside(b, item.main, target, innerHeight, ctx);
                } else {
                    BlockLayout.layoutInside(b, target, item.main, innerHeight, ctx);
                }
            }
        }
    }

    /** 9.5: auto margins, then justify-content. */
    private void distributeMainAxis(FlexLine line, float containerMain) {
        int n = line.items.size();
        float free = containerMain - Math.max(0, n - 1) * mainGap;
        int autoMargins = 0;
        for (FlexItem item : line.items) {
            free -= item.outerMain();
            autoMargins += countAutoMain(item.box);
        }
        float perAuto = free > 0 && autoMargins > 0 ? free / autoMargins : 0;
        if (autoMargins > 0 && free > 0) {
            free = 0;
        }
        float start = 0;
        float between = 0;
        JustifyContent justify = container.style.justifyContent;
        switch (justify) {
            case FLEX_END -> start = free;
            case CENTER -> start = free / 2;
            case SPACE_BETWEEN -> between = free > 0 && n > 1 ? free / (n - 1) : 0;
            case SPACE_AROUND -> {
                if (free > 0) {
                    between = free / n;
                    start = between / 2;
                } else {
                    start = free / 2;
                }
            }
            case SPACE_EVENLY -> {
                if (free > 0) {
                    between = free / (n + 1);
                    start = between;
                } else {
                    start = free / 2;
                }
            }
            default -> start = 0;
        }
        float pos = start;
        for (FlexItem item : line.items) {
            LayoutBox b = item.box;
            int startSide = row ? 3 : 0;
            int endSide = row ? 1 : 2;
            if (b.autoMargin[startSide]) {
                b.margin[startSide] = perAuto;
            }
            if (b.autoMargin[endSide]) {
                b.margin[endSide] = perAuto;
            }
            item.mainPos = pos;
            pos += b.margin[startSide] + item.main + b.margin[endSide] + mainGap + between;
        }
    }

    private int countAutoMain(LayoutBox b) {
        return (b.autoMargin[row ? 3 : 0] ? 1 : 0) + (b.autoMargin[row ? 1 : 2] ? 1 : 0);
    }

    /** 9.6: align-self within the line, and cross-axis auto margins. */
    private void alignCrossAxis(FlexLine line) {
        for (FlexItem item : line.items) {
            LayoutBox b = item.box;
            int startSide = row ? 0 : 3;
            int endSide = row ? 2 : 1;
            float free = line.crossSize - item.outerCross();
            boolean autoStart = b.autoMargin[startSide];
            boolean autoEnd = b.autoMargin[endSide];
            if ((autoStart || autoEnd) && free > 0) {
                float share = free / ((autoStart ? 1 : 0) + (autoEnd ? 1 : 0));
                if (autoStart) {
                    b.margin[startSide] = share;
                }
                if (autoEnd) {
                    b.margin[endSide] = share;
                }
                item.crossPos = 0;
                continue;
            }
            item.crossPos = switch (item.align) {
                case FLEX_END -> free;
                case CENTER -> free / 2;
                case BASELINE -> FlexBaselines.participates(item, row) ? line.baseline - FlexBaselines.of(item) : 0;
                default -> 0;
            };
        }
    }

    /** Turns main/cross positions into x and y, honouring reverse directions and wrap-reverse. */
    private void placeItems(List<FlexLine> lines, float containerMain, float crossUsed) {
        FlexDirection dir = container.style.flexDirection;
        boolean mainReverse = dir == FlexDirection.ROW_REVERSE || dir == FlexDirection.COLUMN_REVERSE;
        boolean crossReverse = container.style.flexWrap == FlexWrap.WRAP_REVERSE;
        float linesSize = Math.max(0, lines.size() - 1) * crossGap;
        for (FlexLine line : lines) {
            linesSize += line.crossSize;
        }
        float crossStart = alignContentStart(crossUsed - linesSize, lines.size());
        float crossBetween = alignContentBetween(crossUsed - linesSize, lines.size());
        float cursor = crossStart;
        for (FlexLine line : lines) {
            line.crossPos = cursor;
            cursor += line.crossSize + crossGap + crossBetween;
            for (FlexItem item : line.items) {
                LayoutBox b = item.box;
                int mainStart = row ? 3 : 0;
                int crossStartSide = row ? 0 : 3;
                float main = item.mainPos + b.margin[mainStart];
                if (mainReverse) {
                    main = containerMain - main - item.main;
                }
                float cross = line.crossPos + item.crossPos + b.margin[crossStartSide];
                if (crossReverse) {
                    cross = crossUsed - cross - item.cross;
                }
                b.x = container.paddingBorder(3) + (row ? main : cross);
                b.y = container.paddingBorder(0) + (row ? cross : main);
            }
        }
    }

    private float alignContentStart(float free, int lineCount) {
        if (lineCount <= 1 && container.style.flexWrap == FlexWrap.NOWRAP) {
            return 0;
        }
        return switch (container.style.alignContent) {
            case FLEX_END -> free;
            case CENTER -> free / 2;
            case SPACE_AROUND -> free > 0 ? free / lineCount / 2 : free / 2;
            case SPACE_EVENLY -> free > 0 ? free / (lineCount + 1) : free / 2;
            default -> 0;
        };
    }

    private float alignContentBetween(float free, int lineCount) {
        if (free <= 0 || lineCount <= 1) {
            return 0;
        }
        return switch (container.style.alignContent) {
            case SPACE_BETWEEN -> free / (lineCount - 1);
            case SPACE_AROUND -> free / lineCount;
            case SPACE_EVENLY -> free / (lineCount + 1);
            default -> 0;
        };
    }

    private static float clamp(float v, float min, float max) {
        return Math.max(min, Math.min(v, max));
    }
}
