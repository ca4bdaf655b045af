package io.huntbook.enrich.ti.tor;

import io.huntbook.core.config.ProviderSettings;
import io.huntbook.enrich.ti.TiProviderException;
import io.huntbook.enrich.ti.Tlp;
import io.huntbook.enrich.ti.vendor.VendorConfig;
import io.huntbook.enrich.ti.vendor.VendorHttp;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where the exit list is read from: a URL (downloaded) or a file. */
interface ExitListSource {
    /** The list's text. */
    String read();

    /** Where it comes from, for messages. */
    String describe();

    static ExitListSource url(ProviderSettings settings, String url) {
        VendorConfig config = new VendorConfig(settings.name(), URI.create(url), Optional.empty(), List.of(),
                Duration.ofSeconds(60), Tlp.RED, settings);
        VendorHttp http = new VendorHttp(config);
        return new ExitListSource() {
            @Override
            public String read() {
                return http.get("").header("Accept", "text/plain").send().body();
            }

            @Override
            public String describe() {
                return url;
            }
        };
    }

    static ExitListSource file(Path path) {
        return new ExitListSource() {
            @Override
            public String read() {
                if (!Files.isRegularFile(path)) {
                    throw TiProviderException.notRetryable("the Tor exit list " + path + " does not exist: download"
                            + " https://check.torproject.org/exit-addresses there, or set Args.Source to that URL");
                }
                try {
                    return Files.readString(path, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw TiProviderException.notRetryable("cannot read the Tor exit list " + path + ": "
                            + e.getMessage());
                }
            }

            @Override
            public String describe() {
                return path.toString();
            }
        };
    }
}
