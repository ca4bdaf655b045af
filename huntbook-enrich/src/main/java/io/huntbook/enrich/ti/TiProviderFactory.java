package io.huntbook.enrich.ti;

import io.huntbook.core.config.ProviderSettings;
import java.nio.file.Path;

/**
 * Builds the providers of one kind (the {@code Provider:} value of a {@code TIProviders} entry). Implementations are
 * found with {@link java.util.ServiceLoader}, so a module adds a vendor by listing its factory in
 * {@code META-INF/services/io.huntbook.enrich.ti.TiProviderFactory}.
 */
public interface TiProviderFactory {
    /** The {@code Provider:} value this factory builds, compared case-insensitively (MSTICPy's name where it has one). */
    String kind();

    /**
     * A provider for one configuration entry; {@code baseDir} is the configuration file's folder, for relative paths.
     * Secrets are not resolved here but when a lookup is made, so a rotated key is picked up.
     */
    TiProvider create(ProviderSettings settings, Path baseDir);
}
