package io.huntbook.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** MSTICPy 3.0.2's own query catalog: every file loads, every query is listed, every query renders. */
@ConformanceTest
class QueryCatalog_MsticpyCatalogTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static Path root;
    private static QueryCatalog catalog;

    @BeforeAll
    static void load() {
        root = TestData.path("msticpy/queries");
        catalog = DefaultQueryCatalog.load(List.of(root), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void everyFileLoadsAndEveryQueryIsListedUnderEachEnvironmentAndFamily() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSize(50);
        Set<String> expected = new TreeSet<>();
        int sources = 0;
        for (Path file : files) {
            Map<String, Object> doc;
            try (Reader reader = Files.newBufferedReader(file)) {
                doc = new Yaml().load(reader);
            }
            Map<?, ?> metadata = (Map<?, ?>) doc.get("metadata");
            Map<?, ?> sourceMap = (Map<?, ?>) doc.getOrDefault("sources", Map.of());
            sources += sourceMap.size();
            for (Map.Entry<?, ?> source : sourceMap.entrySet()) {
                Map<?, ?> own = (Map<?, ?>) ((Map<?, ?>) source.getValue()).get("metadata");
                Object families = own != null && own.get("data_families") != null ? own.get("data_families")
                        : metadata.get("data_families");
                for (Object env : (List<?>) metadata.get("data_environments")) {
                    for (Object family : (List<?>) families) {
                        expected.add(Environments.canonical(env.toString()) + " " + family + "." + source.getKey());
                    }
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        catalog.list().forEach(q -> listed.add(q.environment() + " " + q.name()));
        assertThat(sources).isGreaterThanOrEqualTo(300);
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void everyQueryRendersWithExampleParametersGeneratedFromTheirTypes() {
        List<String> failures = new ArrayList<>();
        int rendered = 0;
        for (QueryDefinition query : catalog.list()) {
            Map<String, Object> params = new LinkedHashMap<>();
            for (QueryParameter p : query.parameters()) {
                if (p.required()) {
                    params.put(p.name(), example(p.type()));
                }
            }
            try {
                String text = catalog.forEnvironment(query.environment()).dryRun(query.name(), params);
                assertThat(text).as(query.name()).isNotBlank().doesNotContain("$<");
                for (QueryParameter p : query.parameters()) {
                    assertThat(text).as(query.name()).doesNotContain("{" + p.name() + "}");
                }
                rendered++;
            } catch (RuntimeException e) {
                failures.add(query.environment() + " " + query.name() + ": " + e.getMessage());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(rendered).isEqualTo(catalog.list().size());
    }

    @Test
    void aSentinelLogonQueryRendersAsMsticpyRendersIt() {
        String kql = catalog.forEnvironment("LogAnalytics").dryRun("WindowsSecurity.list_host_logons",
                Map.of("host_name", "web01", "start", "2024-04-30T00:00:00Z", "end", 0));
        assertThat(kql).contains("| where Computer has \"web01\"")
                .contains("| where TimeGenerated >= datetime(2024-04-30T00:00:00Z)")
                .contains("| where TimeGenerated <= datetime(2024-05-01T12:00:00Z)")
                .contains("| where EventID == 4624");
    }

    @Test
    void theDesignsNotebookExampleRendersAListOfOneAddress() {
        String kql = catalog.forEnvironment("MSSentinel").dryRun("Azure.list_aad_signins_for_ip",
                Map.of("ip_address_list", "203.0.113.7", "start", NOW.minusSeconds(2 * 86_400), "end", NOW));
        assertThat(kql).contains("SigninLogs").contains("| where IPAddress in ('203.0.113.7')")
                .contains("datetime(2024-04-29T12:00:00Z)").contains("datetime(2024-05-01T12:00:00Z)");
    }

    static Object example(ParameterType type) {
        return switch (type) {
            case STR -> "example";
            case DATETIME -> "2024-04-30T00:00:00Z";
            case INT -> 7;
            case FLOAT -> 1.5;
            case LIST -> List.of("alpha", "beta");
        };
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
