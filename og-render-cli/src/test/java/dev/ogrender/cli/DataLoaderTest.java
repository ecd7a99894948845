package dev.ogrender.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLoaderTest {

    @TempDir
    Path dir;

    @Test
    void valuesKeepTheirJsonKinds() {
        Map<String, Object> data = DataLoader.parseObject("{\"s\": \"a\\u00e9\\n\", \"i\": 3, \"l\": 5000000000,"
                + " \"big\": 123456789012345678901234567890, \"d\": 4.5, \"e\": 1e3, \"t\": true, \"f\": false,"
                + " \"n\": null, \"list\": [1, \"two\", [], {}], \"obj\": {\"z\": 1, \"a\": 2}}");
        assertEquals("a\u00e9\n", data.get("s"));
        assertEquals(3, data.get("i"));
        assertEquals(5_000_000_000L, data.get("l"));
        assertEquals(new BigInteger("123456789012345678901234567890"), data.get("big"));
        assertEquals(4.5, data.get("d"));
        assertEquals(1000.0, data.get("e"));
        assertEquals(Boolean.TRUE, data.get("t"));
        assertEquals(Boolean.FALSE, data.get("f"));
        assertTrue(data.containsKey("n") && data.get("n") == null);
        assertEquals(Arrays.asList(1, "two", List.of(), Map.of()), data.get("list"));
        assertEquals(ArrayList.class, data.get("list").getClass());
        assertEquals(List.of("z", "a"), List.copyOf(((Map<?, ?>) data.get("obj")).keySet()), "member order kept");
        assertEquals(LinkedHashMap.class, data.getClass());
    }

    @Test
    void aRepeatedNameKeepsItsLastValue() {
        assertEquals(Map.of("title", "second"), DataLoader.parseObject("{\"title\": \"first\", \"title\": \"second\"}"));
    }

    @Test
    void theMapCanBeChanged() {
        Map<String, Object> data = DataLoader.parseObject("{\"title\": \"x\"}");
        DataLoader.set(data, "author.name=Jane");
        assertEquals(Map.of("title", "x", "author", Map.of("name", "Jane")), data);
    }

    @Test
    void anythingAfterTheValueIsAnError() {
        CliException e = assertThrows(CliException.class, () -> DataLoader.parseObject("{\"a\": 1} {\"b\": 2}"));
        assertEquals("bad JSON at column 10: more after the JSON value; only one is allowed", e.getMessage());
        e = assertThrows(CliException.class, () -> DataLoader.parseObject("{\"a\": 1} x"));
        assertTrue(e.getMessage().startsWith("bad JSON at column 10: Unrecognized token 'x'"), e.getMessage());
    }

    @Test
    void syntaxErrorsNameTheirColumn() {
        CliException e = assertThrows(CliException.class, () -> DataLoader.parseObject("{\"a\": 1,, \"b\": 2}"));
        assertTrue(e.getMessage().startsWith("bad JSON at column 9: Unexpected character (','"), e.getMessage());
        e = assertThrows(CliException.class, () -> DataLoader.parseObject("{\"a\": [1, 2}"));
        assertTrue(e.getMessage().startsWith("bad JSON at column 12: Unexpected close marker '}'"), e.getMessage());
        e = assertThrows(CliException.class, () -> DataLoader.parseObject("{\"a\": \"open"));
        assertTrue(e.getMessage().startsWith("bad JSON at column "), e.getMessage());
    }

    @Test
    void valuesThatAreNotObjectsAreNamed() {
        assertEquals("expected a JSON object ({...}), found a string",
                assertThrows(CliException.class, () -> DataLoader.parseObject("\"x\"")).getMessage());
        assertEquals("expected a JSON object ({...}), found null",
                assertThrows(CliException.class, () -> DataLoader.parseObject("null")).getMessage());
        assertEquals("expected a JSON object ({...}), found a number",
                assertThrows(CliException.class, () -> DataLoader.parseObject("12")).getMessage());
    }

    /** Jackson stops nesting at 1000 levels: a clear error, not a stack overflow. */
    @Test
    void deepNestingIsAnErrorNotACrash() {
        String deep = "{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        CliException e = assertThrows(CliException.class, () -> DataLoader.parseObject(deep));
        assertTrue(e.getMessage().startsWith("bad JSON at column 1007: Document nesting depth (1001) exceeds the maximum"
                + " allowed (1000"), e.getMessage());
    }

    @Test
    void aFileIsReadWithLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("d.json"), "{\n  \"title\": \"x\",\n  \"n\": 2\n}\n");
        assertEquals(Map.of("title", "x", "n", 2), DataLoader.load(file));
        Path empty = Files.writeString(dir.resolve("empty.json"), "  \n");
        assertEquals("bad JSON in " + empty + " at line 2, column 1: no JSON value: the input is empty",
                assertThrows(CliException.class, () -> DataLoader.load(empty)).getMessage());
        Path two = Files.writeString(dir.resolve("two.json"), "{}\n{}\n");
        assertEquals("bad JSON in " + two + " at line 2, column 1: more after the JSON value; only one is allowed",
                assertThrows(CliException.class, () -> DataLoader.load(two)).getMessage());
    }

    @Test
    void noFileIsNoData() {
        assertEquals(Map.of(), DataLoader.load(null));
        assertEquals("data file not found: " + dir.resolve("nope.json"),
                assertThrows(CliException.class, () -> DataLoader.load(dir.resolve("nope.json"))).getMessage());
    }
}
