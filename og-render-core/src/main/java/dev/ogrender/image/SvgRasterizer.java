package dev.ogrender.image;

import dev.ogrender.internal.ResourceException;
import java.awt.image.BufferedImage;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.util.ParsedURL;

/**
 * Rasterises a checked SVG with Batik at a given pixel size, with scripts and every external resource
 * denied by the user agent (a second wall behind {@link SvgSafety}).
 */
final class SvgRasterizer {

    /** A document URI is needed by Batik; nothing is ever loaded from it. */
    private static final String DOCUMENT_URI = "file:/og-render/image.svg";

    private SvgRasterizer() {
    }

    static BufferedImage rasterize(byte[] svg, String what, int width, int height) {
        Capture t = new Capture();
        t.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
        t.addTranscodingHint(SVGAbstractTranscoder.KEY_HEIGHT, (float) height);
        t.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        t.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOWED_SCRIPT_TYPES, "");
        t.addTranscodingHint(SVGAbstractTranscoder.KEY_CONSTRAIN_SCRIPT_ORIGIN, Boolean.TRUE);
        TranscoderInput in = new TranscoderInput(SvgDom.parse(svg, what));
        in.setURI(DOCUMENT_URI);
        try {
            t.transcode(in, new TranscoderOutput());
        } catch (TranscoderException | RuntimeException e) {
            throw new ResourceException("SVG " + what + " cannot be drawn: " + reason(e));
        }
        if (t.image == null) {
            throw new ResourceException("SVG " + what + " produced no image");
        }
        return ImageDecoder.toPremultiplied(t.image);
    }

    /** @return the innermost message, without Batik's placeholder document URI */
    private static String reason(Throwable e) {
        String m = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TranscoderException te && te.getException() != null && te.getException() != t) {
                t = te.getException();
            }
            String tm = t.getMessage();
            if (tm != null && !tm.isBlank() && !tm.startsWith("null")) {
                m = tm;
            }
            if (t.getCause() == null) {
                break;
            }
        }
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        return m.replace(DOCUMENT_URI + ":-1", "").replace(DOCUMENT_URI, "").strip().replaceAll("\\s+", " ");
    }

    /** Keeps the rendered image instead of encoding it, and denies every script and external load. */
    private static final class Capture extends ImageTranscoder {
        BufferedImage image;

        @Override
        public BufferedImage createImage(int w, int h) {
            return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage img, TranscoderOutput output) {
            image = img;
        }

        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL doc) {
                    return new NoLoadScriptSecurity(type);
                }

                @Override
                public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL res, ParsedURL doc) {
                    // Only inline data: images; everything else was refused by SvgSafety already.
                    return "data".equalsIgnoreCase(res.getProtocol()) ? () -> { }
                        : new NoLoadExternalResourceSecurity();
                }

                @Override
                public void displayError(Exception e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            };
        }
    }
}
