package io.huntbook.kernel.java;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The compiler's file manager with the host's class path hidden. JShell sets the compile class path to its own JVM's
 * ({@code java.class.path}, which on the host holds the CLI, the server and their libraries); this file manager
 * replaces it with the notebook's, keeping only what was added on purpose (for example by {@code addToClasspath}), so
 * a snippet that compiles also links in the agent.
 *
 * <p>It also decides whether JShell's code assist may index the class path. The compiler never asks a JShell file
 * manager for its locations as paths; only the completion index does (in the background, from the moment the source
 * analysis exists, which cell splitting needs), so answering "no paths" there turns the index off and nothing else.
 */
final class NotebookFileManager extends ForwardingJavaFileManager<StandardJavaFileManager>
        implements StandardJavaFileManager {
    /** The package of JShell's wrapper classes ({@code jdk.jshell.Util.REPL_PACKAGE}, not exported). */
    private static final String REPL_PACKAGE = "REPL";
    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-classpath", "--class-path", "-cp");

    private final List<Path> notebookClassPath;
    private final Set<String> hostClassPath;
    /** The class path last set: JShell passes it with every compile task, and setting it again re-indexes every jar. */
    private List<Path> lastClassPath = List.of();
    private final boolean indexable;
    private final ClassPathPackages packages = new ClassPathPackages();
    /**
     * The entries the compiler searches, in order: the class path with the jars named by its jars' manifest
     * {@code Class-Path} attributes, as javac expands it.
     */
    private List<Path> searchedEntries = List.of();
    /** One location per class-path entry, so that a package is listed only in the entries that hold it. */
    private final Map<Path, Location> entryLocations = new HashMap<>();

    NotebookFileManager(StandardJavaFileManager delegate, List<Path> notebookClassPath, boolean indexable) {
        super(delegate);
        this.indexable = indexable;
        this.notebookClassPath = List.copyOf(notebookClassPath);
        this.hostClassPath = new LinkedHashSet<>(List.of(
                System.getProperty("java.class.path", "").split(File.pathSeparator)));
        setClassPath(this.notebookClassPath);
    }

    @Override
    public boolean handleOption(String current, Iterator<String> remaining) {
        if (CLASS_PATH_OPTIONS.contains(current) && remaining.hasNext()) {
            List<Path> effective = new ArrayList<>(notebookClassPath);
            for (String entry : remaining.next().split(File.pathSeparator)) {
                if (!entry.isBlank() && !hostClassPath.contains(entry)) {
                    Path path = Path.of(entry);
                    if (!effective.contains(path)) {
                        effective.add(path);
                    }
                }
            }
            setClassPath(effective);
            return true;
        }
        return super.handleOption(current, remaining);
    }

    private void setClassPath(List<Path> entries) {
        if (entries.equals(lastClassPath)) {
            return;
        }
        lastClassPath = List.copyOf(entries);
        try {
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, entries);
            List<Path> searched = new ArrayList<>();
            Iterable<? extends Path> expanded = fileManager.getLocationAsPaths(StandardLocation.CLASS_PATH);
            if (expanded != null) {
                expanded.forEach(searched::add);
            }
            searchedEntries = List.copyOf(searched);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the notebook class path " + entries + ": " + e.getMessage(), e);
        }
    }

    @Override
    public ClassLoader getClassLoader(Location location) {
        if (location == StandardLocation.CLASS_PATH || location == StandardLocation.ANNOTATION_PROCESSOR_PATH) {
            // The compiler asks only to look for annotation processors and plugins (snippets compile with
            // -proc:none and load nothing from the host). A loader over the class path delegating to the host's
            // would make it search the host's jars, and then the notebook's, for plugins on every compiler run.
            return new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
        }
        return super.getClassLoader(location);
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                         boolean recurse) throws IOException {
        if (location == StandardLocation.CLASS_PATH && packageName.equals(REPL_PACKAGE) && !recurse) {
            // JShell keeps its snippets' classes in memory in this package and forgets the package after every
            // compiler run, so the compiler would look for it in every jar three or four times per snippet.
            return List.of();
        }
        if (location == StandardLocation.CLASS_PATH && !recurse) {
            if (packageName.isEmpty()) {
                // Classes of the unnamed package cannot be used from a snippet (its classes are in package REPL);
                // listing it would open every jar of the class path to find nothing usable.
                return List.of();
            }
            return listHolders(packageName, kinds);
        }
        return super.list(location, packageName, kinds, recurse);
    }

    /** The package's files in the class-path entries that may hold it, in class-path order (the first one wins). */
    private Iterable<JavaFileObject> listHolders(String packageName, Set<JavaFileObject.Kind> kinds)
            throws IOException {
        List<JavaFileObject> files = new ArrayList<>();
        for (Path entry : searchedEntries) {
            Set<String> held = packages.packagesOf(entry);
            if (held == null || held.contains(packageName)) {
                for (JavaFileObject file : fileManager.list(entryLocation(entry), packageName, kinds, false)) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private synchronized Location entryLocation(Path entry) throws IOException {
        Location known = entryLocations.get(entry);
        if (known != null) {
            return known;
        }
        Location created = new EntryLocation(entry);
        fileManager.setLocationFromPaths(created, List.of(entry));
        entryLocations.put(entry, created);
        return created;
    }

    /** A location of one class-path entry; the compiler itself only ever asks for CLASS_PATH. */
    private record EntryLocation(Path entry) implements Location {
        @Override
        public String getName() {
            return "CLASS_PATH_ENTRY[" + entry + "]";
        }

        @Override
        public boolean isOutputLocation() {
            return false;
        }
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
        return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
        return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
        return fileManager.getJavaFileObjects(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
        return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
        return fileManager.getJavaFileObjects(names);
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
        fileManager.setLocation(location, files);
    }

    @Override
    public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationFromPaths(location, paths);
    }

    @Override
    public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths)
            throws IOException {
        fileManager.setLocationForModule(location, moduleName, paths);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
        return fileManager.getLocation(location);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
        return indexable ? fileManager.getLocationAsPaths(location) : List.of();
    }

    @Override
    public Path asPath(FileObject file) {
        return fileManager.asPath(file);
    }

    @Override
    public void setPathFactory(PathFactory factory) {
        fileManager.setPathFactory(factory);
    }
}
