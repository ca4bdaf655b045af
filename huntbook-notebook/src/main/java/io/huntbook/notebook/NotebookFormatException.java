package io.huntbook.notebook;

import io.huntbook.core.BadInputException;
import org.jspecify.annotations.Nullable;

/**
 * A notebook that cannot be read: malformed JSON, another nbformat major version, or a field of the wrong shape.
 * The message is one line naming the file, the cell (index and id) and the field at fault. Exit code 2.
 */
public final class NotebookFormatException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String file;
    private final NotebookProblem problem;

    public NotebookFormatException(NotebookProblem problem) {
        this(null, problem, null);
    }

    NotebookFormatException(@Nullable String file, NotebookProblem problem, @Nullable Throwable cause) {
        super(message(file, problem), cause);
        this.file = file;
        this.problem = problem;
    }

    /** The same error, naming the file (or {@code -} for stdin) it came from. */
    public NotebookFormatException inFile(String fileName) {
        return new NotebookFormatException(fileName, problem, getCause());
    }

    /** The file, when known. */
    public @Nullable String file() {
        return file;
    }

    /** Where and what. */
    public NotebookProblem problem() {
        return problem;
    }

    private static String message(@Nullable String file, NotebookProblem problem) {
        return (file == null ? "" : file + ": ") + problem.describe();
    }
}
