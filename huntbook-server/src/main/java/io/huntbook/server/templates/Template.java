package io.huntbook.server.templates;

import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.params.DeclaredParameter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A template: its name (the path under its root without the extension, {@code /}-separated), its file, the notebook
 * and the parameters its {@code parameters} cell declares, which are its input schema.
 *
 * @param language the notebook's language, or null when it names none
 */
public record Template(String name, Path file, Notebook notebook, @Nullable String language,
                       List<DeclaredParameter> parameters) {
    public Template {
        parameters = List.copyOf(parameters);
    }
}
