package io.huntbook.data;

import io.huntbook.core.config.HuntbookConfig;
import java.util.List;
import java.util.Map;

/**
 * Makes a {@link QueryProvider} from the configuration: the SPI of providers that need settings (endpoints, accounts,
 * secrets), installed for {@link java.util.ServiceLoader} in {@code META-INF/services}. {@code huntbook query run
 * --provider P} asks the factories first, then plain {@link QueryProvider} services.
 */
public interface QueryProviderFactory {
    /** The environments this factory serves, canonical names first ({@code MSSentinel}, {@code Splunk}...). */
    List<String> environments();

    /**
     * A provider for {@code environment}, configured from {@code config} ({@code DataProviders.<name>.Args} and the
     * sections the vendor reads) and {@code args}, the caller's own settings ({@code workspace=Default,Second},
     * {@code database=SecurityLogs}), which win over the file.
     *
     * @throws io.huntbook.core.BadInputException naming the setting to add when something needed is missing
     */
    QueryProvider create(String environment, HuntbookConfig config, Map<String, String> args);
}
