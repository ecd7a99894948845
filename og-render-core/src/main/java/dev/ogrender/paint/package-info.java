/**
 * Paint: the display list of sealed {@link dev.ogrender.paint.PaintOp} records built in CSS painting
 * order, and the Java2D device that draws it. Internal: not API.
 */
package dev.ogrender.paint;
