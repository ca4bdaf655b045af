package io.huntbook.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.data.PartialResultException;
import io.huntbook.data.QueryProvider;
import io.huntbook.data.QueryResult;
import io.huntbook.data.provider.QueryFailedException;
import io.huntbook.data.split.SplitOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Split queries through the catalog, for a provider that takes rendered text and for one that binds values. */
class Queries_SplitTest {
    private final QueryCatalog catalog = Fixtures.catalog();

    @Test
    void eachChunkIsRenderedWithItsOwnStartAndEnd() {
        Queries_ProviderTest.Recording sentinel = new Queries_ProviderTest.Recording("LogAnalytics", false);
        QueryResult result = catalog.using(sentinel).execute("Host.list_host_events", Map.of("host_name", "web01",
                "start", "2024-05-01", "end", "2024-05-03T12:00:00Z"), SplitOptions.by("1d").parallelism(1));

        assertThat(result.isComplete()).isTrue();
        assertThat(result.rows().height()).isEqualTo(3);
        assertThat(sentinel.received).hasSize(3).map(Object::toString).satisfiesExactlyInAnyOrder(
                q -> assertThat(q).contains(">= datetime(2024-05-01T00:00:00Z)")
                        .contains("<= datetime(2024-05-01T23:59:59.999999Z)"),
                q -> assertThat(q).contains(">= datetime(2024-05-02T00:00:00Z)")
                        .contains("<= datetime(2024-05-02T23:59:59.999999Z)"),
                q -> assertThat(q).contains(">= datetime(2024-05-03T00:00:00Z)")
                        .contains("<= datetime(2024-05-03T12:00:00Z)"));
    }

    @Test
    void aBindingProviderGetsTypedChunkBounds() {
        Queries_ProviderTest.Recording local = new Queries_ProviderTest.Recording("LocalData", true);
        catalog.using(local).execute("Host.list_host_events", Map.of("host_name", "ws07", "start", "2024-05-01",
                "end", "2024-05-02T06:00:00Z"), SplitOptions.by("1d").parallelism(1));

        List<Object> starts = local.received.stream().filter(Map.class::isInstance)
                .map(m -> (Object) ((Map<?, ?>) m).get("start")).toList();
        List<Object> ends = local.received.stream().filter(Map.class::isInstance)
                .map(m -> (Object) ((Map<?, ?>) m).get("end")).toList();
        assertThat(starts).containsExactlyInAnyOrder(Instant.parse("2024-05-01T00:00:00Z"), Instant.parse("2024-05-02T00:00:00Z"));
        assertThat(ends).containsExactlyInAnyOrder(Instant.parse("2024-05-01T23:59:59.999999Z"),
                Instant.parse("2024-05-02T06:00:00Z"));
    }

    @Test
    void runThrowsWithTheRowsWhenAChunkIsLost() {
        QueryProvider flaky = new QueryProvider() {
            @Override
            public String environment() {
                return "LogAnalytics";
            }

            @Override
            public DataFrame query(String renderedQuery) {
                if (renderedQuery.contains("datetime(2024-05-02T00:00:00Z)")) {
                    throw new QueryFailedException("HTTP 503 after 3 retries");
                }
                return DataFrame.foldByRow("rows").of(1);
            }
        };
        QueryResult result = catalog.using(flaky).execute("Host.list_host_events", Map.of("host_name", "web01",
                "start", "2024-05-01", "end", "2024-05-03"), SplitOptions.by("1d").attempts(2));

        assertThat(result.rows().height()).isEqualTo(1);
        assertThat(result.problems()).singleElement().asString()
                .startsWith("2024-05-02T00:00:00Z..2024-05-03T00:00:00Z: failed after 2 attempts: HTTP 503");
        assertThatThrownBy(result::rowsOrThrow).isInstanceOf(PartialResultException.class);
    }

    @Test
    void aQueryWithoutATimeRangeCannotBeSplit(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("q.yaml"), """
                metadata:
                  version: 1
                  description: No time range
                  data_environments: [LogAnalytics]
                  data_families: [Host]
                sources:
                  list_hosts:
                    description: Every host
                    args:
                      query: 'Heartbeat | distinct Computer'
                """);
        Queries_ProviderTest.Recording p = new Queries_ProviderTest.Recording("LogAnalytics", false);

        assertThatThrownBy(() -> QueryCatalog.load(folder).using(p).execute("Host.list_hosts", Map.of(),
                SplitOptions.by("1d"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot be split by time");
        assertThat(p.received).isEmpty();
    }
}
