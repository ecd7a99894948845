package dev.ogrender.style;

/**
 * One computed background layer's image. Sealed so paint handles every kind: gradients are drawn from
 * their stops, {@link ImageRef}s are loaded and drawn as pixels. New gradient kinds join the permits list.
 */
public sealed interface BackgroundImage permits LinearGradient, RadialGradient, ImageRef {
}
