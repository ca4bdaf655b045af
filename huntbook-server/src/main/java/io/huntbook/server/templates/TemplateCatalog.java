package io.huntbook.server.templates;

import io.huntbook.core.BadInputException;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.params.DeclaredParameter;
import io.huntbook.notebook.params.KernelLanguage;
import io.huntbook.notebook.params.NotebookParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Notebooks ({@code .ipynb}) and text notebooks ({@code .jsh}, {@code .java}, {@code .py}) under the template roots.
 * A name is a relative path without its extension ({@code daily/health}); it never resolves outside its root: names
 * with {@code ..}, absolute names and symbolic links that lead out are refused.
 */
public final class TemplateCatalog {
    /** Extensions tried in this order for a name without one. */
    static final List<String> EXTENSIONS = List.of(".ipynb", ".jsh", ".java", ".py");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.\\-]*(/[A-Za-z0-9_.][A-Za-z0-9_.\\-]*)*");

    private final List<Path> roots;

    private TemplateCatalog(List<Path> roots) {
        this.roots = roots;
    }

    public static TemplateCatalog of(List<Path> roots) {
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new BadInputException("the template root " + root + " is not a folder: create it or fix"
                        + " Huntbook.Server.TemplateRoots");
            }
            try {
                real.add(root.toRealPath());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the template root " + root + ": " + e.getMessage(), e);
            }
        }
        return new TemplateCatalog(List.copyOf(real));
    }

    public List<Path> roots() {
        return roots;
    }

    /** The template called {@code name}, read now (so edits show without a restart). */
    public Template resolve(String name) {
        return find(name).orElseThrow(() -> new BadInputException("no template '" + name + "' under the template"
                + " roots " + roots + " (GET /api/templates lists them)"));
    }

    public Optional<Template> find(String name) {
        String clean = name.replace('\\', '/');
        if (!NAME.matcher(clean).matches() || Stream.of(clean.split("/")).anyMatch(s -> s.equals("..")
                || s.equals("."))) {
            throw new BadInputException("template name '" + name + "' is not a relative name under the template roots"
                    + " (letters, digits, . _ - and /, no ..)");
        }
        for (Path root : roots) {
            for (String candidate : candidates(clean)) {
                Path file = root.resolve(candidate).normalize();
                if (Files.isRegularFile(file) && inside(root, file)) {
                    return Optional.of(load(templateName(root, file), file));
                }
            }
        }
        return Optional.empty();
    }

    /** Every template under the roots, by name (the first root that has a name wins). */
    public List<Template> list() {
        TreeMap<String, Path> found = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(TemplateCatalog::isNotebook)
                        .filter(f -> inside(root, f))
                        .forEach(f -> found.putIfAbsent(templateName(root, f), f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the template root " + root + ": " + e.getMessage(), e);
            }
        }
        List<Template> templates = new ArrayList<>();
        found.forEach((name, file) -> templates.add(load(name, file)));
        return templates;
    }

    private static List<String> candidates(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().anyMatch(lower::endsWith)) {
            return List.of(name);
        }
        return EXTENSIONS.stream().map(ext -> name + ext).toList();
    }

    private static boolean isNotebook(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith) && !lower.startsWith(".");
    }

    /** Whether {@code file}, symbolic links followed, is still under {@code root}. */
    private static boolean inside(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static String templateName(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        int dot = relative.lastIndexOf('.');
        return dot > relative.lastIndexOf('/') + 1 ? relative.substring(0, dot) : relative;
    }

    private static Template load(String name, Path file) {
        Notebook notebook = NotebookFiles.read(file);
        String language = notebook.language().orElse(null);
        List<DeclaredParameter> declared = List.of();
        if (language != null) {
            Optional<KernelLanguage> kernel = KernelLanguage.fromName(language);
            if (kernel.isPresent()) {
                declared = NotebookParameters.declared(notebook, kernel.get());
            }
        }
        return new Template(name, file, notebook, language, declared);
    }
}
