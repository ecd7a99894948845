/**
 * CSS: parsing (ph-css), selector matching, cascade, inheritance, user-agent defaults and computed
 * values. The output is a tree of {@link dev.ogrender.style.StyledNode} with fully resolved
 * {@link dev.ogrender.style.ComputedStyle}. Internal: not API.
 */
package dev.ogrender.style;
