package dev.ogrender.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Loads template data from a JSON file and applies {@code --set key=value} overrides. */
final class DataLoader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private DataLoader() {
    }

    /**
     * @param file a JSON file holding one object, or null for no data
     * @return a mutable map of the object's members
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path file) {
        if (file == null) {
            return new LinkedHashMap<>();
        }
        try {
            Object value = JSON.readValue(file.toFile(), Object.class);
            if (!(value instanceof Map)) {
                throw new CliException("data file " + file + " must hold a JSON object ({...})");
            }
            return (Map<String, Object>) value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new CliException("bad JSON in " + file + where + ": " + e.getOriginalMessage(), e);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new CliException("data file not found: " + file, e);
        } catch (IOException e) {
            throw new CliException("cannot read data file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses one line of a JSON Lines file.
     *
     * @param text the line, holding one JSON object
     * @return a mutable map of the object's members
     * @throws CliException naming the column and what was wrong
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parseObject(String text) {
        Object value;
        try {
            value = JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at column " + at.getColumnNr();
            throw new CliException("bad JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (!(value instanceof Map)) {
            throw new CliException("expected a JSON object ({...}), found "
                    + (value == null ? "null" : value instanceof java.util.List ? "an array" : "a " + kind(value)));
        }
        return (Map<String, Object>) value;
    }

    private static String kind(Object value) {
        return value instanceof String ? "string" : value instanceof Boolean ? "boolean" : "number";
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
