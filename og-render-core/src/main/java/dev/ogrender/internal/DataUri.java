package dev.ogrender.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Decodes {@code data:} URIs (RFC 2397): base64 or percent-encoded. */
final class DataUri {

    private DataUri() {
    }

    static byte[] decode(String uri, long maxBytes) {
        int comma = uri.indexOf(',');
        if (comma < 0) {
            throw new ResourceException("data: URI \"" + ResourceLoader.shorten(uri) + "\" has no comma before its data");
        }
        String meta = uri.substring(5, comma).toLowerCase(Locale.ROOT);
        String data = uri.substring(comma + 1);
        // base64 is 4 characters per 3 bytes; percent-encoding 1 to 3 per byte: cap before decoding.
        long estimate = meta.endsWith(";base64") ? data.length() / 4L * 3 : data.length() / 3L;
        if (estimate > maxBytes) {
            throw ResourceLoader.tooLarge(uri, maxBytes);
        }
        try {
            byte[] bytes = meta.endsWith(";base64")
                ? Base64.getMimeDecoder().decode(percentDecode(data))
                : percentDecode(data);
            if (bytes.length > maxBytes) {
                throw ResourceLoader.tooLarge(uri, maxBytes);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new ResourceException("data: URI \"" + ResourceLoader.shorten(uri) + "\" is not valid: " + e.getMessage());
        }
    }

    private static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c < 0x80) {
                out.write(c);
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(utf8, 0, utf8.length);
            }
        }
        return out.toByteArray();
    }
}
