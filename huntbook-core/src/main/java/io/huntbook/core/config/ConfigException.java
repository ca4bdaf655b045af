package io.huntbook.core.config;

import io.huntbook.core.BadInputException;

/** A configuration that cannot be used: a YAML syntax error or a value of the wrong type. Exit code 2. */
public class ConfigException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final transient ConfigProblem problem;

    public ConfigException(ConfigProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    ConfigException(ConfigProblem problem, int more) {
        super(problem + (more > 0 ? " (and " + more + " more: run huntbook config check)" : ""));
        this.problem = problem;
    }

    /** The problem, with its file, line and key path. */
    public ConfigProblem problem() {
        return problem;
    }
}
