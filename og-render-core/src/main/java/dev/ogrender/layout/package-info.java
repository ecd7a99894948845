/**
 * Layout: the box tree, block flow with margin collapsing, flexbox (CSS Flexbox 1 section 9), inline
 * text (lines, breaks), absolute and relative positioning. Produces an immutable tree of
 * {@link dev.ogrender.layout.BoxFragment}. Knows nothing of Java2D. Internal: not API.
 */
package dev.ogrender.layout;
