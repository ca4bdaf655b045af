package io.huntbook.core.config;

/**
 * One thing wrong (or doubtful) in a configuration file, written as {@code file:line: key.path: what is wrong: how to
 * fix}. The text never holds a secret value.
 */
public record ConfigProblem(Level level, String source, int line, ConfigPath path, String what, String fix) {
    public enum Level { ERROR, WARNING }

    static ConfigProblem error(ConfigNode at, String what, String fix) {
        return new ConfigProblem(Level.ERROR, at.source(), at.line(), at.path(), what, fix);
    }

    static ConfigProblem warning(ConfigNode at, String what, String fix) {
        return new ConfigProblem(Level.WARNING, at.source(), at.line(), at.path(), what, fix);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** {@code file:line: key.path: what is wrong: how to fix}. */
    @Override
    public String toString() {
        return (line > 0 ? source + ":" + line : source) + ": " + path + ": " + what + ": " + fix;
    }
}
