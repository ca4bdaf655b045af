package io.huntbook.kernel.jupyter.client;

import io.huntbook.core.BadInputException;
import io.huntbook.notebook.Notebook;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Which engine runs a notebook (DESIGN.md §6.B), for {@code huntbook run} and the server alike: a Java notebook runs
 * on the built-in engine whatever its kernelspec, any other on the kernelspec its metadata names (or, naming none,
 * the first installed one of its language); an explicit kernel name overrides, {@value #BUILT_IN} being the built-in
 * engine.
 */
public final class KernelChoice {
    /** The built-in engine's kernelspec name. */
    public static final String BUILT_IN = "huntbook";

    private KernelChoice() {}

    /**
     * The installed kernelspec that runs {@code notebook}, or null for the built-in Java engine.
     *
     * @param kernel a kernel name that overrides the notebook's, or null
     * @param language a language that overrides the notebook's, or null
     * @param environment where kernelspecs are searched for ({@code JUPYTER_PATH} and the like)
     * @throws BadInputException when the notebook names no language or kernel, or the kernel it needs is not installed
     */
    public static @Nullable KernelSpec forNotebook(Notebook notebook, @Nullable String kernel,
                                                   @Nullable String language, Map<String, String> environment) {
        String effectiveLanguage = language != null ? language : notebook.language().orElse(null);
        if (kernel != null) {
            return kernel.equals(BUILT_IN) ? null : installed(kernel, environment);
        }
        if (effectiveLanguage != null && effectiveLanguage.equalsIgnoreCase("java")) {
            return null;
        }
        if (effectiveLanguage == null && notebook.kernelspec().isEmpty()) {
            throw new BadInputException("the notebook does not say its language or kernel; give -l java to run it on"
                    + " the built-in Java engine, or -k NAME for an installed Jupyter kernel");
        }
        if (notebook.kernelspec().isPresent()) {
            return installed(notebook.kernelspec().get().name(), environment);
        }
        Map<String, KernelSpec> all = KernelSpecs.findAll(environment);
        return all.values().stream().filter(spec -> spec.language().equalsIgnoreCase(effectiveLanguage)).findFirst()
                .orElseThrow(() -> new BadInputException("no installed Jupyter kernel runs " + effectiveLanguage
                        + " notebooks (installed: " + (all.isEmpty() ? "none" : String.join(", ", all.keySet()))
                        + "); install one, or pick one with -k NAME"));
    }

    private static KernelSpec installed(String name, Map<String, String> environment) {
        Map<String, KernelSpec> all = KernelSpecs.findAll(environment);
        KernelSpec spec = all.get(name.toLowerCase(Locale.ROOT));
        if (spec == null) {
            throw new BadInputException("no Jupyter kernelspec named '" + name + "' is installed (installed: "
                    + (all.isEmpty() ? "none" : String.join(", ", all.keySet())) + "; searched "
                    + KernelSpecs.searchPath(environment).stream().map(Path::toString)
                            .collect(Collectors.joining(", "))
                    + "); install it, or pick another with -k NAME (-k huntbook: the built-in Java engine)");
        }
        return spec;
    }
}
