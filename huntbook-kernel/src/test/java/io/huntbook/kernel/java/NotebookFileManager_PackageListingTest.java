package io.huntbook.kernel.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebook's file manager lists a package only in the class-path entries that hold it: what the compiler gets
 * must be exactly what a plain file manager over the same class path lists, in the same order.
 */
class NotebookFileManager_PackageListingTest {
    private static final Set<JavaFileObject.Kind> KINDS = Set.of(JavaFileObject.Kind.CLASS, JavaFileObject.Kind.SOURCE);
    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

    @TempDir
    Path dir;

    @Test
    void everyPackageOfTheTestClassPathListsAsAPlainFileManagerListsIt() throws Exception {
        List<Path> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry));
        }
        // A package split over two jars and a folder, a multi-release jar, and entries that are not jars.
        classPath.add(jar("split-a.jar", "split/pkg/A.class", "split/pkg/B.class"));
        classPath.add(jar("split-b.jar", "split/pkg/A.class", "split/pkg/C.class", "Root.class"));
        classPath.add(jar("versioned.jar", "META-INF/MANIFEST.MF", "META-INF/versions/17/only/in/versions/V.class"));
        Path folder = Files.createDirectories(dir.resolve("classes/split/pkg"));
        Files.write(folder.resolve("D.class"), new byte[] {0});
        classPath.add(dir.resolve("classes"));
        classPath.add(dir.resolve("missing.jar"));
        // A jar whose manifest names another jar, which the compiler then searches too.
        jar("referenced.jar", "via/manifest/M.class");
        classPath.add(jar("launcher.jar", "META-INF/MANIFEST.MF=Manifest-Version: 1.0\nClass-Path: referenced.jar\n"));

        Set<String> packages = new TreeSet<>(List.of("io", "org", "no.such.pkg", "split.pkg", "only.in.versions",
                "via.manifest"));
        ClassPathPackages index = new ClassPathPackages();
        for (Path entry : classPath) {
            Set<String> held = index.packagesOf(entry);
            if (held != null) {
                packages.addAll(held);
            }
        }
        assertThat(packages).contains("split.pkg", "only.in.versions", "org.junit.jupiter.api");

        try (StandardJavaFileManager plain = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
             StandardJavaFileManager standard = compiler.getStandardFileManager(null, Locale.ROOT,
                     StandardCharsets.UTF_8)) {
            plain.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            NotebookFileManager notebook = new NotebookFileManager(standard, classPath, false);
            for (String pkg : packages) {
                // The same files, and for each class the same first file (the one the compiler uses).
                assertThat(found(notebook, pkg)).as(pkg).isEqualTo(found(plain, pkg));
            }
            assertThat(found(notebook, "split.pkg").keySet()).containsExactly("split.pkg.A", "split.pkg.B",
                    "split.pkg.C", "split.pkg.D");
            assertThat(found(notebook, "split.pkg").get("split.pkg.A").get(0)).contains("split-a.jar");
            assertThat(found(notebook, "via.manifest")).containsOnlyKeys("via.manifest.M");
            assertThat(notebook.list(StandardLocation.CLASS_PATH, "", KINDS, false)).isEmpty();
        }
    }

    /** Per class (sorted by name), the files that hold it in listing order. */
    private static Map<String, List<String>> found(JavaFileManager manager, String pkg) throws Exception {
        Map<String, List<String>> files = new TreeMap<>();
        for (JavaFileObject file : manager.list(StandardLocation.CLASS_PATH, pkg, KINDS, false)) {
            files.computeIfAbsent(manager.inferBinaryName(StandardLocation.CLASS_PATH, file), name -> new ArrayList<>())
                    .add(file.toUri().toString());
        }
        return files;
    }

    private Path jar(String name, String... entries) throws Exception {
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String entry : entries) {
                // "name=text" writes that text; any other entry gets one byte.
                String[] nameAndText = entry.split("=", 2);
                out.putNextEntry(new JarEntry(nameAndText[0]));
                out.write(nameAndText.length == 2 ? nameAndText[1].getBytes(StandardCharsets.UTF_8) : new byte[] {0});
                out.closeEntry();
            }
        }
        return jar;
    }
}
