package dev.ogrender.style;

import java.util.ArrayList;
import java.util.List;

/**
 * What one declaration expands to: longhand values (a shorthand sets several, resetting the parts it
 * omits, as CSS requires) and warnings for accepted-but-approximated values.
 */
final class Expansion {

    final List<Longhand> properties = new ArrayList<>(4);
    final List<Applier> values = new ArrayList<>(4);
    final List<String> warnings = new ArrayList<>(1);

    /** Sets a longhand. */
    void set(Longhand property, Applier value) {
        properties.add(property);
        values.add(value);
    }

    /** Records that the value was accepted but is rendered approximately; {@code why} is the whole message. */
    void warn(String why) {
        warnings.add(why);
    }

    void clear() {
        properties.clear();
        values.clear();
        warnings.clear();
    }
}
