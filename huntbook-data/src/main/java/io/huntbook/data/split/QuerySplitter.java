package io.huntbook.data.split;

import io.huntbook.core.BadInputException;
import io.huntbook.data.QueryProblem;
import io.huntbook.data.QueryResult;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.dflib.DataFrame;
import org.dflib.JoinType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a query chunk by chunk over a time range: at most {@link SplitOptions#parallelism()} chunks at once, each
 * failed chunk tried again up to {@link SplitOptions#attempts()} times, and a chunk that still fails reported as a
 * {@link QueryProblem} next to the rows of the others, never dropped. Rows come back in chunk order; partial errors
 * that a chunk's service reported are kept, named by the chunk.
 */
public final class QuerySplitter {
    private static final Logger LOG = LoggerFactory.getLogger(QuerySplitter.class);

    private QuerySplitter() {}

    /** The chunks of {@code [start, end]}, each {@code chunk} long (the last one shorter). */
    public static List<TimeChunk> chunks(Instant start, Instant end, Duration chunk) {
        if (end.isBefore(start)) {
            throw new BadInputException("cannot split: end " + end + " is before start " + start);
        }
        if (Duration.between(start, end).dividedBy(chunk) > 10_000) {
            throw new BadInputException("splitting " + start + ".." + end + " by " + chunk + " makes more than 10,000 "
                    + "chunks: use a larger split size");
        }
        List<TimeChunk> chunks = new ArrayList<>();
        Instant from = start;
        while (true) {
            Instant next = from.plus(chunk);
            if (!next.isBefore(end)) {
                chunks.add(new TimeChunk(from, end));
                return chunks;
            }
            chunks.add(new TimeChunk(from, next.minus(1, ChronoUnit.MICROS)));
            from = next;
        }
    }

    /** Runs {@code query} for every chunk as {@code options} say and gathers the rows and problems. */
    public static QueryResult run(List<TimeChunk> chunks, SplitOptions options, Function<TimeChunk, QueryResult> query) {
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        Semaphore slots = new Semaphore(options.parallelism());
        try {
            List<Future<QueryResult>> futures = new ArrayList<>();
            for (TimeChunk chunk : chunks) {
                // Taken here, not in the task: chunks start in time order (strictly one after the other with a
                // parallelism of 1), and at most `parallelism` run at once.
                slots.acquire();
                futures.add(pool.submit(() -> {
                    try {
                        return attempt(chunk, options.attempts(), query);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<DataFrame> frames = new ArrayList<>();
            List<QueryProblem> problems = new ArrayList<>();
            for (Future<QueryResult> f : futures) {
                QueryResult r = f.get();
                if (r.rows().width() > 0) {
                    frames.add(r.rows());
                }
                problems.addAll(r.problems());
            }
            return new QueryResult(concat(frames), problems);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("split query interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // bad input (every chunk would fail alike): the caller sees it as it was thrown
            }
            throw new IllegalStateException("split query chunk crashed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One chunk, tried until it works or the attempts run out; then a problem naming the chunk and the last error. */
    private static QueryResult attempt(TimeChunk chunk, int attempts, Function<TimeChunk, QueryResult> query) {
        RuntimeException last = null;
        for (int i = 1; i <= attempts; i++) {
            try {
                QueryResult r = query.apply(chunk);
                return new QueryResult(r.rows(), r.problems().stream()
                        .map(p -> new QueryProblem(chunk + " " + p.part(), p.message())).toList());
            } catch (BadInputException e) {
                throw e; // the query itself is wrong: every chunk would fail the same way, so stop now
            } catch (RuntimeException e) {
                last = e;
                LOG.warn("chunk {} failed (attempt {} of {}): {}", chunk, i, attempts, e.getMessage());
            }
        }
        String message = last.getMessage() == null ? last.toString() : last.getMessage();
        return new QueryResult(DataFrame.empty(), List.of(new QueryProblem(chunk.toString(),
                "failed after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ": " + message)));
    }

    static DataFrame concat(List<DataFrame> frames) {
        if (frames.isEmpty()) {
            return DataFrame.empty();
        }
        if (frames.size() == 1) {
            return frames.get(0);
        }
        return frames.get(0).vConcat(JoinType.full, frames.subList(1, frames.size()).toArray(DataFrame[]::new));
    }
}
