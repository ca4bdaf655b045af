package io.huntbook.server.triggers;

import io.huntbook.core.BadInputException;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.server.Job;
import io.huntbook.server.Jobs;
import io.huntbook.server.JsonLog;
import io.huntbook.server.RunService;
import io.huntbook.server.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The file drop: YAML or JSON job files ({@code .yaml}, {@code .yml}, {@code .json}) put in the queue folder. Each file
 * is claimed by an atomic rename into {@code .claimed/} (so two servers sharing the folder never both take it), then
 * moved to {@code done/RUN_ID__NAME} when its run is queued, or to {@code failed/NAME} with {@code NAME.error} saying
 * why when it is malformed or refused. A claimed file is submitted with the idempotency key of its claim, so a
 * server that stops between claiming and moving it queues it once when it starts again.
 */
public final class FileDrop implements AutoCloseable {
    /** A file younger than this may still be being written by a writer that does not rename into place. */
    static final Duration SETTLE = Duration.ofMillis(300);

    private final Path folder;
    private final Path claimed;
    private final Path done;
    private final Path failed;
    private final RunService runs;
    private final JsonLog log;
    private final ScheduledExecutorService timer;

    private FileDrop(Path folder, RunService runs, JsonLog log) {
        this.folder = folder;
        this.claimed = folder.resolve(".claimed");
        this.done = folder.resolve("done");
        this.failed = folder.resolve("failed");
        this.runs = runs;
        this.log = log;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "huntbook-file-drop");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Watches {@code folder} (polling every half second, which also works on network file systems). */
    public static FileDrop start(Path folder, RunService runs, JsonLog log) {
        FileDrop drop = new FileDrop(folder, runs, log);
        try {
            Files.createDirectories(drop.claimed);
            Files.createDirectories(drop.done);
            Files.createDirectories(drop.failed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the queue folder " + folder + ": " + e.getMessage(), e);
        }
        drop.timer.scheduleWithFixedDelay(drop::scanSafely, 0, 500, TimeUnit.MILLISECONDS);
        return drop;
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException e) {
            log.error("filedrop.failed", null, "scanning " + folder + " failed: " + e.getMessage());
        }
    }

    /** One pass: claims left over from a stopped server first, then new files. */
    public void scan() {
        for (Path file : list(claimed)) {
            if (age(file).compareTo(Duration.ofSeconds(30)) > 0) {
                process(file);
            }
        }
        for (Path file : list(folder)) {
            if (!isJobFile(file) || age(file).compareTo(SETTLE) < 0) {
                continue;
            }
            Path claim = claimed.resolve(UUID.randomUUID() + "__" + file.getFileName());
            try {
                Files.move(file, claim, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException e) {
                continue; // another server claimed it first
            } catch (AtomicMoveNotSupportedException e) {
                throw new UncheckedIOException("the queue folder " + folder + " does not support atomic renames", e);
            } catch (IOException e) {
                log.warn("filedrop.claim_failed", null, "cannot claim " + file + ": " + e.getMessage());
                continue;
            }
            process(claim);
        }
    }

    private void process(Path claim) {
        String claimName = claim.getFileName().toString();
        int split = claimName.indexOf("__");
        String claimId = claimName.substring(0, split);
        String name = claimName.substring(split + 2);
        Submission submission;
        try {
            String text = Files.readString(claim, StandardCharsets.UTF_8);
            Job job = Jobs.parse(text, name);
            if (job.idempotencyKey() == null) {
                job = job.withIdempotencyKey("file:" + claimId);
            }
            submission = runs.submit(job, "file", name);
        } catch (BadInputException | java.nio.charset.MalformedInputException e) {
            reject(claim, name, e instanceof BadInputException ? e.getMessage()
                    : name + " is not UTF-8 text: save the job file as UTF-8");
            return;
        } catch (IOException e) {
            log.warn("filedrop.read_failed", null, "cannot read " + claim + ": " + e.getMessage());
            return;
        }
        Path target = done.resolve(submission.run().id() + "__" + name);
        move(claim, target);
        log.info("filedrop.accepted", submission.run().id(), name + " queued as run " + submission.run().id(),
                "file", name, "duplicate", submission.duplicate());
    }

    private void reject(Path claim, String name, String reason) {
        String stamp = Instant.now().toString().replace(':', '-');
        Path target = failed.resolve(stamp + "__" + name);
        move(claim, target);
        AtomicFiles.write(failed.resolve(stamp + "__" + name + ".error"),
                (reason + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        log.warn("filedrop.rejected", null, name + ": " + reason, "file", name);
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static boolean isJobFile(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && !lower.startsWith(".")
                && (lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml"));
    }

    private static Duration age(Path file) {
        try {
            return Duration.between(Files.getLastModifiedTime(file).toInstant(), Instant.now());
        } catch (IOException e) {
            return Duration.ZERO;
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
