package dev.ogrender.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceLoaderTest {

    @TempDir
    Path root;

    private ResourceLoader loader(Path base) {
        return new ResourceLoader(base, getClass().getClassLoader(), 1000);
    }

    private String refused(Path base, String url) {
        return assertThrows(ResourceException.class, () -> loader(base).read(url)).getMessage();
    }

    private Path baseWithSecret() throws Exception {
        Path base = Files.createDirectories(root.resolve("templates"));
        Files.writeString(root.resolve("secret.txt"), "secret");
        Files.writeString(base.resolve("ok.txt"), "ok");
        return base;
    }

    @Test
    void readsFilesInsideTheBaseDirectory() throws Exception {
        Path base = baseWithSecret();
        assertArrayEquals("ok".getBytes(StandardCharsets.UTF_8), loader(base).read("ok.txt"));
        assertArrayEquals("ok".getBytes(StandardCharsets.UTF_8), loader(base).read("./sub/../ok.txt?v=1#x"));
    }

    @Test
    void dotDotEscapeIsRefused() throws Exception {
        assertEquals("path \"../secret.txt\" is outside the base directory; only files inside it are read",
            refused(baseWithSecret(), "../secret.txt"));
    }

    @Test
    void percentEncodedDotDotEscapeIsRefused() throws Exception {
        assertEquals("path \"%2e%2e/secret.txt\" is outside the base directory; only files inside it are read",
            refused(baseWithSecret(), "%2e%2e/secret.txt"));
    }

    @Test
    void absolutePathIsRefused() throws Exception {
        String abs = root.resolve("secret.txt").toString();
        assertEquals("path \"" + abs + "\" is outside the base directory; only files inside it are read",
            refused(baseWithSecret(), abs));
    }

    @Test
    void symbolicLinkLeadingOutsideIsRefused() throws Exception {
        Path base = baseWithSecret();
        Files.createSymbolicLink(base.resolve("link.txt"), root.resolve("secret.txt"));
        assertEquals("path \"link.txt\" is outside the base directory; only files inside it are read",
            refused(base, "link.txt"));
    }

    @Test
    void networkUrlsAreNeverFetched() throws Exception {
        assertEquals("network URL \"https://example.com/a.png\" is not fetched: og-render never uses the network."
            + " Allowed: data: URI, a path relative to the base directory, or classpath:",
            refused(baseWithSecret(), "https://example.com/a.png"));
        assertEquals("network URL \"//example.com/a.png\" is not fetched: og-render never uses the network."
            + " Allowed: data: URI, a path relative to the base directory, or classpath:",
            refused(baseWithSecret(), "//example.com/a.png"));
    }

    @Test
    void fileSchemeIsRefused() throws Exception {
        assertEquals("URL scheme of \"file:///etc/passwd\" is not allowed. Allowed: data: URI, a path relative to"
            + " the base directory, or classpath:", refused(baseWithSecret(), "file:///etc/passwd"));
    }

    @Test
    void relativeUrlWithoutBaseDirectoryIsRefused() {
        assertEquals("relative URL \"a.png\" needs a base directory (OgRenderer.Builder.baseDirectory)",
            refused(null, "a.png"));
    }

    @Test
    void missingFileIsNamed() throws Exception {
        assertEquals("file \"nope.png\" not found in the base directory", refused(baseWithSecret(), "nope.png"));
    }

    @Test
    void fileOverTheByteLimitIsRefusedBeforeReadingItAll() throws Exception {
        Path base = baseWithSecret();
        Files.write(base.resolve("big.bin"), new byte[5000]);
        assertEquals("\"big.bin\" is larger than the limit of 1000 bytes", refused(base, "big.bin"));
    }

    @Test
    void dataUrisDecodeBase64AndPercentEncoding() {
        assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, loader(null).read("data:application/x;base64,+/8="));
        assertArrayEquals("a b#".getBytes(StandardCharsets.UTF_8), loader(null).read("data:text/plain,a%20b%23"));
    }

    @Test
    void oversizedDataUriIsRefusedBeforeDecoding() {
        String uri = "data:image/png;base64," + "A".repeat(4000);
        assertEquals("\"data:image/png;base64,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA... (4022 characters)\" is larger"
            + " than the limit of 1000 bytes", refused(null, uri));
    }

    @Test
    void classpathResourcesAreRead() {
        assertEquals(true, loader(null).read("classpath:fixtures/images/background/tile.png").length > 100);
        assertEquals("classpath resource \"no/such.png\" not found", refused(null, "classpath:no/such.png"));
        assertEquals("invalid classpath resource \"../x.png\"", refused(null, "classpath:../x.png"));
    }
}
