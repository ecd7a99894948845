package dev.ogrender.api;

/** A font face added by the user, as bytes. */
record FontSource(String family, int weight, boolean italic, byte[] bytes) {
}
