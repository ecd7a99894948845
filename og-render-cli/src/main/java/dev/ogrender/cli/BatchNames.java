package dev.ogrender.cli;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the {@code "name"} of a batch line into a safe file name inside the output folder, and notices
 * when two lines would write the same file.
 *
 * <p>A name keeps ASCII letters, digits, {@code -}, {@code _} and single dots; accents are dropped
 * ({@code café} becomes {@code cafe}); every other run of characters (path separators, spaces, control
 * characters) becomes one {@code -}. Leading and trailing dots and dashes go, so {@code ../x} is
 * {@code x}. The format's extension is added unless the name already ends with it. Names are compared
 * without case, since macOS and Windows folders ignore it. Not thread-safe: one reader thread uses it.
 */
final class BatchNames {

    /** Longest file name kept, before the extension; file systems allow 255 bytes. */
    static final int MAX_LENGTH = 200;

    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    /*
     * Compiled once: String.replaceAll compiles its pattern on every call. On a batch's reader thread
     * (C1) a name took 19 us that way and takes 7 us now, beside 5 us to parse its line's JSON; with
     * two render threads on two cores, that time is theirs.
     */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern DOTS = Pattern.compile("\\.{2,}");
    private static final Pattern EDGES = Pattern.compile("^[.-]+|[.-]+$");
    private static final Pattern TRAILING = Pattern.compile("[.-]+$");

    private final Path folder;
    private final String extension;
    private final Map<String, Long> seen = new HashMap<>();

    /**
     * @param folder    the output folder
     * @param extension the extension to add, without the dot ({@code png} or {@code jpg})
     */
    BatchNames(Path folder, String extension) {
        this.folder = folder.toAbsolutePath().normalize();
        this.extension = extension;
    }

    /**
     * @param name the name from the data line
     * @param line the line's number, remembered to report a later duplicate
     * @return the file to write, always directly inside the folder
     * @throws CliException if nothing usable is left of the name, or an earlier line has the same name
     */
    Path resolve(String name, long line) {
        String file = fileName(name, extension);
        Long first = seen.putIfAbsent(file.toLowerCase(Locale.ROOT), line);
        if (first != null) {
            throw new CliException("duplicate name '" + printable(name) + "': line " + first + " already writes " + file);
        }
        Path target = folder.resolve(file).normalize();
        if (!folder.equals(target.getParent())) {
            throw new CliException("name '" + printable(name) + "' would write outside the output folder");
        }
        return target;
    }

    /**
     * @param name      the raw name
     * @param extension the extension to add, without the dot
     * @return the safe file name with its extension
     * @throws CliException if no letter or digit is left
     */
    static String fileName(String name, String extension) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String safe = EDGES.matcher(DOTS.matcher(UNSAFE.matcher(ascii).replaceAll("-")).replaceAll("."))
                .replaceAll("");
        String dotted = "." + extension;
        if (safe.toLowerCase(Locale.ROOT).endsWith(dotted)
                || extension.equals("jpg") && safe.toLowerCase(Locale.ROOT).endsWith(".jpeg")) {
            safe = TRAILING.matcher(safe.substring(0, safe.lastIndexOf('.'))).replaceAll("");
        }
        if (safe.length() > MAX_LENGTH) {
            safe = TRAILING.matcher(safe.substring(0, MAX_LENGTH)).replaceAll("");
        }
        if (safe.chars().noneMatch(Character::isLetterOrDigit)) {
            throw new CliException("name '" + printable(name) + "' has no letter or digit to make a file name of");
        }
        String stem = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
        if (WINDOWS_DEVICES.contains(stem.toLowerCase(Locale.ROOT))) {
            safe = "_" + safe;
        }
        return safe + dotted;
    }

    /** The name as it can be shown on one line of an error message. */
    static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return name.codePointCount(0, name.length()) > 80 ? out + "..." : out.toString();
    }
}
