package dev.ogrender.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads template data from JSON and applies {@code --set key=value} overrides.
 *
 * <p>JSON is read with Jackson's streaming parser into plain values: objects as {@link LinkedHashMap}
 * (member order kept; a repeated name keeps its last value), arrays as {@link ArrayList}, strings, whole
 * numbers as {@link Integer}, {@link Long} or {@link java.math.BigInteger} by size, other numbers as
 * {@link Double}, booleans and null. The streaming parser is ready in a few milliseconds of a new JVM;
 * Jackson's object mapper took 80-100 ms to make and first use, which a batch paid before its first card
 * could start and a single {@code render} paid in its start-up.
 */
final class DataLoader {

    /** Thread-safe once made; each parse makes its own parser. */
    private static final JsonFactory JSON = new JsonFactory();

    private DataLoader() {
    }

    /**
     * @param file a JSON file holding one object, or null for no data
     * @return a mutable map of the object's members
     */
    static Map<String, Object> load(Path file) {
        if (file == null) {
            return new LinkedHashMap<>();
        }
        Object value;
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            value = readDocument(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new CliException("bad JSON in " + file + where + ": " + e.getOriginalMessage(), e);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new CliException("data file not found: " + file, e);
        } catch (IOException e) {
            throw new CliException("cannot read data file " + file + ": " + e.getMessage(), e);
        }
        if (!(value instanceof Map)) {
            throw new CliException("data file " + file + " must hold a JSON object ({...})");
        }
        return asObject(value);
    }

    /**
     * Parses one line of a JSON Lines file.
     *
     * @param text the line, holding one JSON object
     * @return a mutable map of the object's members
     * @throws CliException naming the column and what was wrong
     */
    static Map<String, Object> parseObject(String text) {
        Object value;
        try (JsonParser parser = JSON.createParser(text)) {
            value = readDocument(parser);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            throw new CliException("bad JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        if (!(value instanceof Map)) {
            throw new CliException("expected a JSON object ({...}), found "
                    + (value == null ? "null" : value instanceof List ? "an array" : "a " + kind(value)));
        }
        return asObject(value);
    }

    /** @return the one JSON value of the input; anything after it is an error */
    private static Object readDocument(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new JsonDataException("no JSON value: the input is empty", parser.currentLocation());
        }
        Object value;
        try {
            value = readValue(parser, first);
        } catch (StreamConstraintsException e) {
            // Jackson's limits (nesting depth, string length) say where they were hit only through the parser
            throw new JsonDataException(e.getOriginalMessage(), parser.currentLocation());
        }
        if (parser.nextToken() != null) {
            throw new JsonDataException("more after the JSON value; only one is allowed",
                    parser.currentTokenLocation());
        }
        return value;
    }

    /** Reads the value that starts at {@code token}. Jackson limits how deep values nest (1000 levels). */
    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> readMembers(parser);
            case START_ARRAY -> readItems(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new JsonDataException("unexpected " + token, parser.currentTokenLocation());
        };
    }

    private static Map<String, Object> readMembers(JsonParser parser) throws IOException {
        Map<String, Object> members = new LinkedHashMap<>();
        for (String name; (name = parser.nextFieldName()) != null; ) {
            members.put(name, readValue(parser, parser.nextToken()));
        }
        return members;
    }

    private static List<Object> readItems(JsonParser parser) throws IOException {
        List<Object> items = new ArrayList<>();
        for (JsonToken next; (next = parser.nextToken()) != JsonToken.END_ARRAY; ) {
            items.add(readValue(parser, next));
        }
        return items;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }

    private static String kind(Object value) {
        return value instanceof String ? "string" : value instanceof Boolean ? "boolean" : "number";
    }

    /** A well-formed JSON text that is not one value; reported like Jackson's own syntax errors. */
    private static final class JsonDataException extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        JsonDataException(String message, JsonLocation at) {
            super(message, at);
        }
    }

    /**
     * Applies one {@code key=value}. The value is a string. A dotted key such as {@code author.name}
     * sets {@code name} inside the object {@code author}, creating it when absent; it is an error when
     * {@code author} exists and is not an object.
     */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> data, String assignment) {
        int eq = assignment.indexOf('=');
        String key = eq < 0 ? "" : assignment.substring(0, eq);
        if (eq < 0 || key.isEmpty() || key.startsWith(".") || key.endsWith(".") || key.contains("..")) {
            throw new CliException("bad --set '" + assignment + "': expected key=value, e.g. title=Hello or author.name=Jane");
        }
        String[] path = key.split("\\.");
        Map<String, Object> map = data;
        for (int i = 0; i < path.length - 1; i++) {
            Object next = map.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
            if (!(next instanceof Map)) {
                throw new CliException("bad --set '" + assignment + "': '" + String.join(".",
                        java.util.Arrays.copyOf(path, i + 1)) + "' is a value, not an object");
            }
            map = (Map<String, Object>) next;
        }
        map.put(path[path.length - 1], assignment.substring(eq + 1));
    }
}
