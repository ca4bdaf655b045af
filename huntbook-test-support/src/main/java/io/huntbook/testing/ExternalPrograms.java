package io.huntbook.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** External programs that system tests drive. A missing one fails the test; it never skips. */
public final class ExternalPrograms {
    private ExternalPrograms() {}

    /** Debian's own Python, which sees Debian's nbformat, nbclient, jupyter-client and ipykernel packages. */
    public static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

    /** Returns the program, failing the test when it is not installed. */
    public static Path require(Path program, String debianPackage) {
        if (!Files.isExecutable(program)) {
            throw new AssertionError(program + " is missing: install Debian's " + debianPackage
                    + " (.ci/run does) to run the system profile");
        }
        return program;
    }

    /** Checks that Debian's python3 can import a module, failing the test otherwise. */
    public static void requirePythonModule(String module, String debianPackage) {
        require(DEBIAN_PYTHON, "python3");
        try {
            Process p = new ProcessBuilder(DEBIAN_PYTHON.toString(), "-c", "import " + module)
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new AssertionError("python module " + module + " is missing: install Debian's " + debianPackage);
            }
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot run " + DEBIAN_PYTHON + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
