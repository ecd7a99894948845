package dev.ogrender.image;

import dev.ogrender.internal.ResourceException;
import dev.ogrender.internal.ResourceLoader;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Loads and decodes images by URL for one renderer, and keeps the decoded results (and failures, so a
 * broken image is not read again on every render) in a bounded least-recently-used cache. Thread-safe:
 * two renders asking for the same new image at once may both decode it; one result is kept.
 */
public final class ImageStore {

    /** Decoded pixels kept at most, summed over the cache (about 256 MB of ARGB). */
    private static final long MAX_CACHED_PIXELS = 64_000_000L;
    private static final int MAX_ENTRIES = 256;

    private final ResourceLoader loader;
    private final ImageLimits limits;
    private final Map<String, Object> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedPixels;

    /**
     * @param loader where bytes come from
     * @param limits caps on bytes and pixels
     */
    public ImageStore(ResourceLoader loader, ImageLimits limits) {
        this.loader = loader;
        this.limits = limits;
    }

    /**
     * @param url the URL as written in the template
     * @return the decoded image
     * @throws ResourceException if it cannot be read, is refused or cannot be decoded
     */
    public DecodedImage get(String url) {
        Object hit;
        synchronized (this) {
            hit = cache.get(url);
        }
        if (hit == null) {
            hit = load(url);
            put(url, hit);
        }
        if (hit instanceof ResourceException e) {
            throw new ResourceException(e.getMessage());
        }
        return (DecodedImage) hit;
    }

    private Object load(String url) {
        try {
            return ImageDecoder.decode(loader.read(url), ImageDecoder.name(url), limits);
        } catch (ResourceException e) {
            return e;
        }
    }

    private synchronized void put(String url, Object value) {
        if (cache.put(url, value) == null) {
            cachedPixels += weight(value);
        }
        Iterator<Map.Entry<String, Object>> it = cache.entrySet().iterator();
        while ((cachedPixels > MAX_CACHED_PIXELS || cache.size() > MAX_ENTRIES) && cache.size() > 1) {
            Map.Entry<String, Object> eldest = it.next();
            cachedPixels -= weight(eldest.getValue());
            it.remove();
        }
    }

    private static long weight(Object value) {
        return value instanceof RasterImage r ? (long) r.image().getWidth() * r.image().getHeight() : 1;
    }

    /** @return how many URLs are cached; for tests */
    public synchronized int size() {
        return cache.size();
    }
}
