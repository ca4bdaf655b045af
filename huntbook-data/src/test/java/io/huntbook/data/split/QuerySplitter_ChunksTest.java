package io.huntbook.data.split;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.data.QueryResult;
import io.huntbook.data.provider.QueryFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

class QuerySplitter_ChunksTest {
    private static final Instant START = Instant.parse("2024-05-01T00:00:00Z");

    @Test
    void chunksCoverTheRangeWithoutOverlap() {
        List<TimeChunk> chunks = QuerySplitter.chunks(START, START.plus(Duration.ofHours(60)), Duration.ofDays(1));

        assertThat(chunks).extracting(TimeChunk::toString).containsExactly(
                "2024-05-01T00:00:00Z..2024-05-01T23:59:59.999999Z",
                "2024-05-02T00:00:00Z..2024-05-02T23:59:59.999999Z",
                "2024-05-03T00:00:00Z..2024-05-03T12:00:00Z");
    }

    @Test
    void aFailingChunkIsRetriedThenReportedWithTheOtherRows() {
        List<TimeChunk> chunks = QuerySplitter.chunks(START, START.plus(Duration.ofDays(4)), Duration.ofDays(1));
        Map<Instant, AtomicInteger> tries = new ConcurrentHashMap<>();
        QueryResult result = QuerySplitter.run(chunks, SplitOptions.by("1d").attempts(3), chunk -> {
            int n = tries.computeIfAbsent(chunk.start(), k -> new AtomicInteger()).incrementAndGet();
            if (chunk.start().equals(START.plus(Duration.ofDays(1))) && n == 1) {
                throw new QueryFailedException("HTTP 504 gateway timeout"); // recovers on the second try
            }
            if (chunk.start().equals(START.plus(Duration.ofDays(2)))) {
                throw new QueryFailedException("HTTP 500 internal error"); // never recovers
            }
            return QueryResult.complete(DataFrame.foldByRow("Day", "Rows").of(chunk.start().toString(), 10L));
        });

        assertThat(result.rows().height()).isEqualTo(3);
        assertThat(result.rows().getColumn("Day").toList()).containsExactly("2024-05-01T00:00:00Z",
                "2024-05-02T00:00:00Z", "2024-05-04T00:00:00Z");
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).part()).startsWith("2024-05-03T00:00:00Z..");
        assertThat(result.problems().get(0).message()).contains("failed after 3 attempts").contains("HTTP 500");
        assertThat(tries.get(START.plus(Duration.ofDays(2))).get()).isEqualTo(3);
        assertThat(tries.get(START.plus(Duration.ofDays(1))).get()).isEqualTo(2);
    }

    @Test
    void noMoreChunksRunAtOnceThanTheLimit() {
        List<TimeChunk> chunks = QuerySplitter.chunks(START, START.plus(Duration.ofDays(12)), Duration.ofDays(1));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        QueryResult result = QuerySplitter.run(chunks, SplitOptions.by("1d").parallelism(3), chunk -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return QueryResult.complete(DataFrame.foldByRow("Day").of(chunk.start().toString()));
        });

        assertThat(result.rows().height()).isEqualTo(12);
        assertThat(peak.get()).isBetween(1, 3);
    }
}
