package dev.ogrender.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the bytes behind a URL in a template, and nothing else: {@code data:} URIs, files inside the
 * renderer's base directory (after resolving {@code ..} and symbolic links), and {@code classpath:}
 * resources. The network is never used; {@code http:}, {@code https:}, {@code file:} and every other
 * scheme are refused. Each read is capped at {@link #maxBytes()} before it is taken into memory.
 * Immutable and thread-safe.
 */
public final class ResourceLoader {

    /** Allowed URL forms, for messages. */
    public static final String ALLOWED = "data: URI, a path relative to the base directory, or classpath:";

    private final Path baseDirectory;
    private final ClassLoader classLoader;
    private final long maxBytes;

    /**
     * @param baseDirectory the folder relative paths resolve in and may not leave, or null for none
     * @param classLoader   where {@code classpath:} resources come from
     * @param maxBytes      the largest resource read, in bytes
     */
    public ResourceLoader(Path baseDirectory, ClassLoader classLoader, long maxBytes) {
        this.baseDirectory = baseDirectory;
        this.classLoader = classLoader;
        this.maxBytes = maxBytes;
    }

    /** @return the largest resource read, in bytes */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @param url the URL as written in the template (quotes already removed)
     * @return the resource's bytes
     * @throws ResourceException with a message saying what was refused and why
     */
    public byte[] read(String url) {
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (u.isEmpty()) {
            throw new ResourceException("empty URL");
        }
        if (lower.startsWith("data:")) {
            return DataUri.decode(u, maxBytes);
        }
        if (lower.startsWith("classpath:")) {
            return classpath(u.substring("classpath:".length()));
        }
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
            throw new ResourceException("network URL \"" + shorten(u) + "\" is not fetched: og-render never uses the"
                + " network. Allowed: " + ALLOWED);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[a-z]:[\\\\/].*")) {
            throw new ResourceException("URL scheme of \"" + shorten(u) + "\" is not allowed. Allowed: " + ALLOWED);
        }
        return file(u);
    }

    private byte[] file(String url) {
        if (baseDirectory == null) {
            throw new ResourceException("relative URL \"" + shorten(url) + "\" needs a base directory"
                + " (OgRenderer.Builder.baseDirectory)");
        }
        Path target = resolve(url);
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ResourceException("\"" + shorten(url) + "\" is not a file");
        }
        try (InputStream in = Files.newInputStream(target)) {
            return readCapped(in, url);
        } catch (IOException e) {
            throw new ResourceException("cannot read \"" + shorten(url) + "\": " + e.getMessage());
        }
    }

    /**
     * @return the real path of a relative URL, checked to be inside the base directory after
     *     normalising {@code ..} and after following symbolic links (a link inside may lead outside)
     */
    private Path resolve(String url) {
        String path = decodePath(stripQueryAndFragment(url));
        try {
            Path base = baseDirectory.toRealPath();
            Path p = Path.of(path);
            if (p.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) {
                throw outside(url);
            }
            Path joined = base.resolve(p).normalize();
            if (!joined.startsWith(base)) {
                throw outside(url);
            }
            Path target = joined.toRealPath();
            if (!target.startsWith(base)) {
                throw outside(url);
            }
            return target;
        } catch (NoSuchFileException e) {
            throw new ResourceException("file \"" + shorten(url) + "\" not found in the base directory");
        } catch (InvalidPathException e) {
            throw new ResourceException("invalid file path \"" + shorten(url) + "\"");
        } catch (IOException e) {
            throw new ResourceException("cannot read \"" + shorten(url) + "\": " + e.getMessage());
        }
    }

    private byte[] classpath(String name) {
        String n = name.startsWith("/") ? name.substring(1) : name;
        if (n.isEmpty() || n.contains("..")) {
            throw new ResourceException("invalid classpath resource \"" + shorten(name) + "\"");
        }
        try (InputStream in = classLoader.getResourceAsStream(n)) {
            if (in == null) {
                throw new ResourceException("classpath resource \"" + shorten(n) + "\" not found");
            }
            return readCapped(in, "classpath:" + n);
        } catch (IOException e) {
            throw new ResourceException("cannot read classpath resource \"" + shorten(n) + "\": " + e.getMessage());
        }
    }

    private byte[] readCapped(InputStream in, String url) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(url, maxBytes);
        }
        return bytes;
    }

    static ResourceException tooLarge(String url, long maxBytes) {
        return new ResourceException("\"" + shorten(url) + "\" is larger than the limit of " + maxBytes + " bytes");
    }

    private ResourceException outside(String url) {
        return new ResourceException("path \"" + shorten(url) + "\" is outside the base directory; only files"
            + " inside it are read");
    }

    private static String stripQueryAndFragment(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return url.substring(0, cut);
    }

    private static String decodePath(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ResourceException("invalid percent-encoding in \"" + shorten(path) + "\"");
        }
    }

    /** @return the URL cut to a length that fits in a message (data: URIs can be megabytes) */
    public static String shorten(String url) {
        return url.length() <= 80 ? url : url.substring(0, 60) + "..." + " (" + url.length() + " characters)";
    }
}
