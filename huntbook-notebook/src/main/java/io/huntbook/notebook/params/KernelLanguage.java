package io.huntbook.notebook.params;

import java.util.Locale;
import java.util.Optional;

/** The languages Huntbook can write parameters in, named as kernels name them. */
public enum KernelLanguage {
    PYTHON("Python"), JAVA("Java"), KOTLIN("Kotlin"), SCALA("Scala"), R("R"), JULIA("Julia"), BASH("bash"),
    POWERSHELL("PowerShell");

    private final String displayName;

    KernelLanguage(String displayName) {
        this.displayName = displayName;
    }

    /** The name people know the language by. */
    public String displayName() {
        return displayName;
    }

    /**
     * The language of a kernel's {@code language_info.name} or {@code kernelspec.language} (or of {@code -l}),
     * matched without case; empty for a language Huntbook has no translator for.
     */
    public static Optional<KernelLanguage> fromName(String name) {
        return Optional.ofNullable(switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "python", "python3", "python2", "ipython", "pysparkkernel", "pyspark" -> PYTHON;
            case "java", "jshell", "jjava", "huntbook" -> JAVA;
            case "kotlin" -> KOTLIN;
            case "scala", "sparkkernel" -> SCALA;
            case "r", "sparkrkernel" -> R;
            case "julia" -> JULIA;
            case "bash", "sh", "shell" -> BASH;
            case "powershell", "pwsh", ".net-powershell" -> POWERSHELL;
            default -> null;
        });
    }

    /** The names {@link #fromName} accepts, for error messages. */
    public static String knownNames() {
        return "python, java, kotlin, scala, R, julia, bash, powershell";
    }
}
