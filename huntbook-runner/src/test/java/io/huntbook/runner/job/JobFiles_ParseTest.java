package io.huntbook.runner.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Job files in DESIGN.md §6.E's schema and the BlueTeamCon alias; every mistake is one line naming the file. */
class JobFiles_ParseTest {
    @TempDir
    Path dir;

    @Test
    void theJobSchemaReadsWithYamlValuesAsPapermillReadsThem() {
        Job job = JobFiles.parse("""
                template: ip-context
                parameters: {ip_address: 203.0.113.7, days: 7, strict: yes}
                identifier: 203.0.113.7
                output: "{template}-{identifier}.ipynb"
                idempotencyKey: alert-42
                """, "a.yaml", "a");
        assertThat(job.template()).isEqualTo("ip-context");
        assertThat(job.parameters()).containsEntry("days", BigInteger.valueOf(7)).containsEntry("strict", true);
        assertThat(job.identifier()).isEqualTo("203.0.113.7");
        assertThat(job.output()).isEqualTo("{template}-{identifier}.ipynb");
        assertThat(job.idempotencyKey()).isEqualTo("alert-42");
    }

    @Test
    void theBlueTeamConShapeTakesItsIdentifierFromTheParameterItNames() {
        Job job = JobFiles.parse("""
                {"exec": {"notebook": "ip_explorer.ipynb", "identifier": "ip_address"},
                 "papermill": {"ip_address": "85.214.149.236", "start": "2021-10-01"}}
                """, "b.json", "b");
        assertThat(job.notebook()).isEqualTo("ip_explorer.ipynb");
        assertThat(job.identifier()).isEqualTo("85.214.149.236");
        assertThat(job.parameters()).containsEntry("start", "2021-10-01");
    }

    @Test
    void withoutAnIdentifierTheFileNameIsUsed() {
        assertThat(JobFiles.parse("template: t\n", "x.yaml", "x").identifier()).isEqualTo("x");
    }

    @Test
    void mistakesAreOneLineNamingTheFile() {
        assertThatThrownBy(() -> JobFiles.parse("template: t\nparams: {}\n", "c.yaml", "c"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("c.yaml: unknown field 'params'");
        assertThatThrownBy(() -> JobFiles.parse("parameters: {a: 1}\n", "d.yaml", "d"))
                .hasMessageContaining("d.yaml").hasMessageContaining("names no template");
        assertThatThrownBy(() -> JobFiles.parse("template: t\nnotebook: n.ipynb\n", "e.yaml", "e"))
                .hasMessageContaining("both a template and a notebook");
        assertThatThrownBy(() -> JobFiles.parse("template: t\nparameters: [1, 2]\n", "f.yaml", "f"))
                .hasMessageContaining("'parameters' must be a mapping");
        assertThatThrownBy(() -> JobFiles.parse("exec: {notebook: n.ipynb, identifier: ip}\npapermill: {}\n",
                "g.yaml", "g")).hasMessageContaining("names the parameter 'ip'");
        assertThatThrownBy(() -> JobFiles.parse("template: [unclosed\n", "h.yaml", "h"))
                .hasMessageContaining("h.yaml").hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void foldersExpandToTheirJobFilesInNameOrder() throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs/nested"));
        Files.writeString(dir.resolve("jobs/b.yaml"), "template: t\n");
        Files.writeString(dir.resolve("jobs/a.json"), "{\"template\": \"t\"}");
        Files.writeString(jobs.resolve("c.yml"), "template: t\n");
        Files.writeString(dir.resolve("jobs/notes.txt"), "not a job");
        Files.writeString(dir.resolve("jobs/.hidden.yaml"), "template: t\n");

        assertThat(JobFiles.expand(java.util.List.of(dir.resolve("jobs"))))
                .extracting(p -> dir.resolve("jobs").relativize(p).toString().replace('\\', '/'))
                .containsExactly("a.json", "b.yaml", "nested/c.yml");
        assertThatThrownBy(() -> JobFiles.expand(java.util.List.of(dir.resolve("none"))))
                .hasMessageContaining("no such file or folder");
    }
}
