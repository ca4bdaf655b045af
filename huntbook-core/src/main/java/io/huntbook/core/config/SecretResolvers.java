package io.huntbook.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/** Finds the resolver for a reference: core's own for environment variables and files, the SPI for the rest. */
final class SecretResolvers {
    private SecretResolvers() {}

    static String resolve(SecretReference reference, SecretContext context) {
        return switch (reference.kind()) {
            case ENVIRONMENT_VAR -> environment(reference, context);
            case FILE -> file(reference, context);
            case KEY_VAULT -> plugin(reference, context);
        };
    }

    private static String environment(SecretReference reference, SecretContext context) {
        String name = argument(reference);
        String value = context.environment().get(name);
        if (value == null || value.isEmpty()) {
            throw new SecretUnavailableException(reference, "the environment variable " + name + " is not set",
                    "export " + name + " before running huntbook");
        }
        return value;
    }

    private static String file(SecretReference reference, SecretContext context) {
        Path file = HuntbookConfig.resolvePath(argument(reference), context.baseDir());
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // A trailing line break is how editors save a file, not part of the secret.
            if (text.endsWith("\r\n")) {
                return text.substring(0, text.length() - 2);
            }
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (NoSuchFileException e) {
            throw new SecretUnavailableException(reference, "no such file " + file, "create it or fix the path");
        } catch (AccessDeniedException e) {
            throw new SecretUnavailableException(reference, "cannot read " + file + ": permission denied",
                    "let the user running huntbook read it");
        } catch (IOException e) {
            throw new SecretUnavailableException(reference, "cannot read " + file + " (" + e.getClass().getSimpleName()
                    + ")", "make it a readable UTF-8 text file");
        }
    }

    private static String plugin(SecretReference reference, SecretContext context) {
        for (SecretResolver resolver : ServiceLoader.load(SecretResolver.class)) {
            if (resolver.kind() == reference.kind()) {
                return resolver.resolve(reference, context);
            }
        }
        throw new SecretUnavailableException(reference, "reading Key Vault secrets needs the huntbook-azure module",
                "add it to the class path, or use {EnvironmentVar: NAME} or {File: path}");
    }

    private static String argument(SecretReference reference) {
        String arg = reference.argument();
        if (arg == null || arg.isBlank()) {
            throw new SecretUnavailableException(reference, reference.kind().key() + " names nothing",
                    "write the name after " + reference.kind().key() + ":");
        }
        return arg.strip();
    }
}
