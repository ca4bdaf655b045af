package io.huntbook.enrich.ti.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.enrich.ti.TiProviderException;
import io.huntbook.enrich.ti.Tlp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VendorHttp_AnswersTest {
    private static final String KEY = "echoed-secret-key-5521";

    private static VendorHttp http(String url) {
        var settings = HuntbookConfig.parse("TIProviders:\n  Vendor:\n    Provider: OTX\n", "t.yaml", Map.of())
                .tiProviders().get(0);
        return new VendorHttp(VendorConfig.from(settings, url, List.of(), Tlp.AMBER));
    }

    private static TiProviderException failure(RecordedVendorServer.Answer answer) {
        try (RecordedVendorServer server = new RecordedVendorServer(List.of(answer))) {
            return (TiProviderException) org.assertj.core.api.Assertions.catchThrowable(() ->
                    http(server.url()).get("/x").secretHeader("X-Key", KEY).send());
        }
    }

    @Test
    void aKeyTheVendorEchoesBackIsScrubbedFromTheMessage() {
        TiProviderException e = failure(new RecordedVendorServer.Answer(403, Map.of(),
                "{\"message\": \"API key " + KEY + " is not valid for this endpoint\"}"));
        assertThat(e.getMessage()).doesNotContain(KEY).contains("API key *** is not valid");
        assertThat(e.retryable()).isFalse();
        assertThat(e.httpStatus()).isEqualTo(403);
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThatDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(30));
        TiProviderException e = failure(new RecordedVendorServer.Answer(429, Map.of("Retry-After", date), "{}"));
        assertThat(e.retryable()).isTrue();
        assertThat(e.retryAfter()).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(31));
    }

    @Test
    void retryAfterInSecondsAndAServerErrorAreRetryable() {
        TiProviderException throttled = failure(new RecordedVendorServer.Answer(429, Map.of("Retry-After", "7"), ""));
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        TiProviderException down = failure(new RecordedVendorServer.Answer(502, Map.of(), "<html>Bad gateway</html>"));
        assertThat(down.retryable()).isTrue();
        assertThat(down.retryAfter()).isNull();
        assertThat(down.getMessage()).isEqualTo("Vendor failed on its side");
    }

    @Test
    void aNetworkFailureIsRetryableAndNamesTheHostOnly() {
        assertThatThrownBy(() -> http("http://127.0.0.1:9").get("/x").secretHeader("X-Key", KEY).send())
                .isInstanceOf(TiProviderException.class).hasMessageStartingWith("cannot reach 127.0.0.1")
                .hasMessageNotContaining(KEY)
                .satisfies(e -> assertThat(((TiProviderException) e).retryable()).isTrue());
    }
}
