package dev.ogrender.style;

/**
 * One longhand declaration after parsing and shorthand expansion.
 *
 * @param property  the longhand it sets
 * @param value     how to compute it
 * @param important whether it was declared {@code !important}
 */
record Decl(Longhand property, Applier value, boolean important) {
}
