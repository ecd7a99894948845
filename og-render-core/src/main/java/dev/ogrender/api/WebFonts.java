package dev.ogrender.api;

import dev.ogrender.internal.Diagnostics;
import dev.ogrender.internal.Problem;
import dev.ogrender.internal.ResourceException;
import dev.ogrender.internal.ResourceLoader;
import dev.ogrender.style.FontFaceRule;
import dev.ogrender.text.FontFace;
import dev.ogrender.text.FontRegistry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the fonts of {@code @font-face} rules for one renderer and keeps them (and failures) in a
 * bounded cache, so a template's fonts are read and parsed once. Thread-safe.
 */
final class WebFonts {

    private static final int MAX_FACES = 64;

    private final ResourceLoader loader;
    private final long maxBytes;
    private final Map<String, Object> cache = new LinkedHashMap<>(16, 0.75f, true);

    WebFonts(ResourceLoader loader, long maxBytes) {
        this.loader = loader;
        this.maxBytes = maxBytes;
    }

    /**
     * @param base  the renderer's fonts
     * @param rules the document's @font-face rules
     * @param diag  receives a warning for each source that cannot be loaded
     * @return the registry to render with
     */
    FontRegistry registry(FontRegistry base, List<FontFaceRule> rules, Diagnostics diag) {
        if (rules.isEmpty()) {
            return base;
        }
        List<FontFace> faces = new ArrayList<>(rules.size());
        for (FontFaceRule rule : rules) {
            FontFace face = firstLoadable(rule, diag);
            if (face != null) {
                faces.add(face);
            }
        }
        return base.withFaces(faces);
    }

    private FontFace firstLoadable(FontFaceRule rule, Diagnostics diag) {
        for (FontFaceRule.Source src : rule.sources()) {
            Object r = load(rule, src);
            if (r instanceof FontFace f) {
                return f;
            }
            diag.unsupported(new Problem(Problem.Kind.RESOURCE, "Font \"" + ResourceLoader.shorten(src.url())
                + "\" for @font-face \"" + rule.family() + "\" not loaded: " + r, rule.line(), rule.column()));
        }
        return null;
    }

    /** @return a FontFace, or the reason it failed as a String */
    private Object load(FontFaceRule rule, FontFaceRule.Source src) {
        String key = src.url() + '\n' + rule.family() + '\n' + rule.minWeight() + '-' + rule.maxWeight()
            + (rule.italic() ? "i" : "");
        synchronized (this) {
            Object hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Object result;
        try {
            result = FontRegistry.readFace(rule.family(), rule.minWeight(), rule.maxWeight(), rule.italic(),
                loader.read(src.url()), maxBytes);
        } catch (ResourceException | IllegalArgumentException e) {
            result = e.getMessage();
        }
        synchronized (this) {
            cache.put(key, result);
            Iterator<String> it = cache.keySet().iterator();
            while (cache.size() > MAX_FACES) {
                it.next();
                it.remove();
            }
        }
        return result;
    }
}
