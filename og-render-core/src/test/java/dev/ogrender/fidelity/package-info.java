/** Whole cards rendered by og-render, scored against committed Chromium references. */
package dev.ogrender.fidelity;
