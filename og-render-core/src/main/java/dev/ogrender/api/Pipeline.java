package dev.ogrender.api;

import java.util.Map;

/** Runs the stages in order. (Skeleton: filled in by the engine work.) */
final class Pipeline {

    record Compiled(String html) {
    }

    private final RenderSettings settings;

    Pipeline(RenderSettings settings) {
        this.settings = settings;
    }

    Compiled compile(String html) {
        return new Compiled(html);
    }

    RenderResult render(Compiled compiled, Map<String, ?> data) {
        throw new UnsupportedOperationException("engine not written yet");
    }
}
