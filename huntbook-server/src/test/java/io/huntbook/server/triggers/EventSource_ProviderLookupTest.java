package io.huntbook.server.triggers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.NotYetAvailableException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A poller finds its query provider as {@code huntbook query} does; an environment nothing serves is not built yet. */
class EventSource_ProviderLookupTest {
    @Test
    void aPollerOfAnEnvironmentWithoutAnInstalledProviderIsNotYetAvailable() {
        PollerSpec spec = new PollerSpec("alerts", "SecurityAlert.list_alerts", "NoSuchSiem", Duration.ofMinutes(1),
                Duration.ofDays(1), "SystemAlertId", "TimeGenerated", "triage", Map.of());
        assertThatThrownBy(() -> EventSource.catalog(spec)).isInstanceOf(NotYetAvailableException.class)
                .hasMessageContaining("NoSuchSiem").hasMessageContaining("no query provider");
    }
}
