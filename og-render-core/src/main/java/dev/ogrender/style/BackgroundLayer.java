package dev.ogrender.style;

/**
 * One computed background image layer. Sealed so that paint can switch over every kind: gradients now,
 * image layers (url()) beside them later.
 */
public sealed interface BackgroundLayer permits LinearGradient, RadialGradient {
}
