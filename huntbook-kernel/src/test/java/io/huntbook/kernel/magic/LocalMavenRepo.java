package io.huntbook.kernel.magic;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A Maven repository on disk, built by the test: {@code test.hb:words:1.0} and {@code test.hb:greeter:1.0} (which
 * depends on words), compiled from source here, plus a {@code settings.xml} whose mirror sends every repository,
 * Central included, to it. Nothing touches the network.
 */
final class LocalMavenRepo {
    final Path remote;
    final Path local;
    final Path settings;

    LocalMavenRepo(Path dir) throws IOException {
        remote = dir.resolve("remote");
        local = dir.resolve("local");
        settings = dir.resolve("settings.xml");
        Path words = compile(dir.resolve("src-words"), "hbtest.Words", """
                package hbtest;
                public class Words { public static String word() { return "from words"; } }
                """, List.of());
        publish("words", words, "");
        Path greeter = compile(dir.resolve("src-greeter"), "hbtest.Greeter", """
                package hbtest;
                public class Greeter { public static String hi(String name) { return "hi " + name + " " + Words.word(); } }
                """, List.of(words));
        publish("greeter", greeter, """
                  <dependencies>
                    <dependency><groupId>test.hb</groupId><artifactId>words</artifactId><version>1.0</version></dependency>
                  </dependencies>
                """);
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror><id>test</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(local, remote.toUri()));
    }

    /** Compiles one class into a jar and returns the jar. */
    static Path compile(Path dir, String className, String source, List<Path> classPath) throws IOException {
        Path src = dir.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString(), "--release", "21"));
        if (!classPath.isEmpty()) {
            args.add("-cp");
            args.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        }
        args.add(src.toString());
        if (compiler.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("cannot compile " + className);
        }
        Path jar = dir.resolve(className + ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private void publish(String artifact, Path jar, String dependencies) throws IOException {
        Path folder = Files.createDirectories(remote.resolve("test/hb/" + artifact + "/1.0"));
        Files.copy(jar, folder.resolve(artifact + "-1.0.jar"));
        Files.writeString(folder.resolve(artifact + "-1.0.pom"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>test.hb</groupId><artifactId>%s</artifactId><version>1.0</version>
                %s</project>
                """.formatted(artifact, dependencies));
    }

    MagicOptions options(Path pins, MagicOptions.Mode mode) {
        return new MagicOptions(mode, pins, settings, null);
    }

    void deleteRemote() {
        try (Stream<Path> files = Files.walk(remote)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
