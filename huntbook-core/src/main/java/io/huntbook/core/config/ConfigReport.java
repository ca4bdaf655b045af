package io.huntbook.core.config;

import java.util.List;
import java.util.Optional;
import java.nio.file.Path;

/** What {@code config check} found: errors (the file cannot be used) and warnings, each with its file and line. */
public record ConfigReport(Optional<Path> file, List<ConfigProblem> problems) {
    public ConfigReport {
        problems = List.copyOf(problems);
    }

    public List<ConfigProblem> errors() {
        return problems.stream().filter(ConfigProblem::isError).toList();
    }

    public List<ConfigProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ConfigProblem::isError);
    }
}
