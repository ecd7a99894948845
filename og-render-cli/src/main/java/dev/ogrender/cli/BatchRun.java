package dev.ogrender.cli;

import dev.ogrender.api.RenderResult;
import dev.ogrender.api.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One batch: the calling thread reads and checks lines (JSON, name) in file order, so duplicate names
 * are found deterministically; worker threads bind, render, encode and write. The queue between them
 * holds at most four jobs per worker, so memory does not grow with the file.
 */
final class BatchRun {

    /** What to write: format, JPEG quality, and the file names. */
    record Output(String format, float quality, BatchNames names) {
    }

    private record Job(long line, Map<String, Object> data, Path target) {
    }

    private static final Job END = new Job(0, Map.of(), Path.of(""));

    private final Template template;
    private final Output output;
    private final BatchProgress report;
    private final BlockingQueue<Job> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    BatchRun(Template template, Output output, BatchProgress report, int threads) {
        this.template = template;
        this.output = output;
        this.report = report;
        this.queue = new ArrayBlockingQueue<>(threads * 4);
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(this::work, "og-render-batch-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
        }
    }

    /** Renders every line of the file; returns when all images are written or reported. */
    void run(Path dataFile) throws IOException, InterruptedException {
        workers.forEach(Thread::start);
        try (Reader in = new InputStreamReader(Files.newInputStream(dataFile), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            LineReader lines = new LineReader(in);
            for (LineReader.Line line; (line = next(lines, dataFile)) != null && fatal.get() == null; ) {
                Job job = check(line);
                if (job != null) {
                    put(job);
                }
            }
        } finally {
            for (int i = 0; i < workers.size(); i++) {
                put(END);
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        if (fatal.get() != null) {
            throw new CliException("batch stopped: " + Main.describe(fatal.get()), fatal.get());
        }
    }

    private static LineReader.Line next(LineReader lines, Path file) throws IOException {
        try {
            return lines.next();
        } catch (CharacterCodingException e) {
            throw new CliException("data file " + file + " is not UTF-8 text", e);
        }
    }

    /** @return the job for a good line; null for a blank line or a bad one (reported) */
    private Job check(LineReader.Line line) {
        if (line.tooLong()) {
            report.failed(line.number(), "line longer than " + LineReader.MAX_LINE + " characters");
            return null;
        }
        if (line.text().isBlank()) {
            report.skipped();
            return null;
        }
        try {
            Map<String, Object> data = DataLoader.parseObject(line.text());
            return new Job(line.number(), data, output.names().resolve(name(data), line.number()));
        } catch (CliException e) {
            report.failed(line.number(), e.getMessage());
            return null;
        }
    }

    private static String name(Map<String, Object> data) {
        Object name = data.get("name");
        if (name == null) {
            throw new CliException(data.containsKey("name") ? "\"name\" is null; it must be the image's file name"
                    : "missing \"name\" (the image's file name)");
        }
        if (name instanceof String || name instanceof Integer || name instanceof Long) {
            return name.toString();
        }
        throw new CliException("\"name\" must be a string, was " + name.getClass().getSimpleName()
                .replace("LinkedHashMap", "an object").replace("ArrayList", "an array"));
    }

    /** Queues a job, giving up if the workers died (so the reader never waits forever). */
    private void put(Job job) throws InterruptedException {
        while (!queue.offer(job, 100, TimeUnit.MILLISECONDS)) {
            if (workers.stream().noneMatch(Thread::isAlive)) {
                return;
            }
        }
    }

    private void work() {
        try {
            for (Job job; (job = queue.take()) != END; ) {
                render(job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Error e) {
            fatal.compareAndSet(null, e);
        }
    }

    private void render(Job job) {
        try {
            RenderResult result = template.render(job.data());
            byte[] bytes = output.format().equals("png") ? result.png() : result.jpeg(output.quality());
            Path part = job.target().resolveSibling(job.target().getFileName() + ".part");
            RenderCommand.write(part, bytes);
            Files.move(part, job.target(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            report.rendered();
        } catch (IOException e) {
            report.failed(job.line(), "cannot write " + job.target() + ": " + Main.describe(e));
        } catch (RuntimeException e) {
            report.failed(job.line(), Main.describe(e));
        }
    }
}
