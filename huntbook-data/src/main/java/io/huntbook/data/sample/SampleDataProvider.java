package io.huntbook.data.sample;

import io.huntbook.data.local.LocalData;
import io.huntbook.data.provider.DataProvider;
import java.nio.file.Path;
import java.util.Map;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * The default {@code LocalData} environment: LocalData over the sample data in the data folder, generated on first
 * use (and again when the anchor day has moved on, so MSTICPy's default query window keeps finding it). Installed
 * for {@code java.util.ServiceLoader} as a {@link io.huntbook.data.QueryProvider}, which is how
 * {@code huntbook query run} finds it.
 */
public final class SampleDataProvider implements DataProvider {
    private final Path folder;
    private final @Nullable SampleOptions fixed;
    private @Nullable LocalData data;

    /** Over the default sample ({@link SampleData#defaultFolder()}, {@link SampleOptions#defaults()}). */
    public SampleDataProvider() {
        this(SampleData.defaultFolder(), null);
    }

    /** Over the sample in {@code folder}, made with {@code options} (today's defaults when null). */
    public SampleDataProvider(Path folder, @Nullable SampleOptions options) {
        this.folder = folder;
        this.fixed = options;
    }

    @Override
    public String environment() {
        return LocalData.ENVIRONMENT;
    }

    @Override
    public synchronized void connect() {
        if (data == null) {
            SampleSet sample = SampleData.ensure(folder, fixed != null ? fixed : SampleOptions.defaults());
            data = sample.localData();
        }
        data.connect();
    }

    @Override
    public synchronized boolean connected() {
        return data != null && data.connected();
    }

    @Override
    public synchronized DataFrame query(String query) {
        return open().query(query);
    }

    @Override
    public synchronized DataFrame query(String template, Map<String, ?> parameters) {
        return open().query(template, parameters);
    }

    @Override
    public synchronized Map<String, Map<String, String>> schema() {
        return open().schema();
    }

    private LocalData open() {
        connect();
        LocalData d = data;
        if (d == null) {
            throw new IllegalStateException("sample data did not open");
        }
        return d;
    }

    @Override
    public synchronized void close() {
        if (data != null) {
            data.close();
            data = null;
        }
    }
}
