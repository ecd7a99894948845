package dev.ogrender.style;

import java.util.List;

/**
 * A supported property: its name, the values allowed (quoted in error messages, declared once here),
 * the longhands it sets (for {@code inherit}/{@code initial}/{@code unset} on shorthands) and its parser.
 *
 * @param name       the CSS name
 * @param allowed    the allowed values, as shown to users: {@code flex-start | flex-end | center}
 * @param longhands  the longhands it sets
 * @param parser     reads the tokens, throws {@link InvalidValue} when they are not allowed
 */
record PropertyDef(String name, String allowed, List<Longhand> longhands, Parser parser) {

    /** Reads a declared value into longhand values. */
    @FunctionalInterface
    interface Parser {
        /**
         * @param value the tokens of the value (never a CSS-wide keyword; those are handled centrally)
         * @param out   where to put the longhand values
         */
        void parse(List<Token> value, Expansion out);
    }

    /** Adds definitions to the registry; each property family implements one. */
    @FunctionalInterface
    interface Family {
        /** @param r the registry to add this family's properties to */
        void register(Registry r);
    }

    /** The collector handed to each family. */
    interface Registry {
        /** Adds a property. */
        void add(String name, String allowed, List<Longhand> longhands, Parser parser);

        /** Adds a property with a single longhand. */
        default void add(String name, String allowed, Longhand longhand, Parser parser) {
            add(name, allowed, List.of(longhand), parser);
        }
    }
}
