package io.huntbook.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A configuration whose only threat-intel provider is a LocalList named {@code Corporate} over one CSV. */
public final class ThreatListConfig {
    private ThreatListConfig() {}

    /**
     * Writes {@code list.csv} (one indicator of type {@code ipv4}) and {@code huntbook.yaml} naming it into
     * {@code dir}; returns the configuration file.
     */
    public static Path write(Path dir, String ipAddress, String severity) throws IOException {
        Files.writeString(dir.resolve("list.csv"),
                "Ioc,IocType,Severity,Description\n" + ipAddress + ",ipv4," + severity + ",C2 of the test\n");
        return Files.writeString(dir.resolve("huntbook.yaml"), """
                TIProviders:
                  Corporate:
                    Provider: LocalList
                    Primary: true
                    Args:
                      Files: list.csv
                """);
    }
}
