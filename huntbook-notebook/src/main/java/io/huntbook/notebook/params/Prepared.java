package io.huntbook.notebook.params;

import io.huntbook.notebook.Notebook;
import java.util.List;

/**
 * A notebook with its parameters injected and its papermill metadata set, ready to run or to write.
 *
 * @param notebook the prepared notebook
 * @param warnings what the user should know (no {@code parameters} cell, unknown parameters, values that
 *     contradict a declaration, secret-looking values); {@code --strict} refuses when there is any
 * @param language the language the parameters were written in, or null when none were given
 */
public record Prepared(Notebook notebook, List<String> warnings, @org.jspecify.annotations.Nullable KernelLanguage language) {
    public Prepared {
        warnings = List.copyOf(warnings);
    }
}
