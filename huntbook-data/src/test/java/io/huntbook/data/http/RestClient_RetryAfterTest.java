package io.huntbook.data.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class RestClient_RetryAfterTest {
    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        assertThat(RestClient.parseRetryAfter("30")).contains(Duration.ofSeconds(30));
        String in90s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(90));
        assertThat(RestClient.parseRetryAfter(in90s).orElseThrow()).isBetween(Duration.ofSeconds(80),
                Duration.ofSeconds(91));
        assertThat(RestClient.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(RestClient.parseRetryAfter("soon")).isEmpty();
    }

    @Test
    void errorMessagesComeFromEachVendorsShape() {
        assertThat(RestClient.errorMessage("{\"error\":{\"code\":\"BadArgumentError\",\"message\":\"bad\","
                + "\"innererror\":{\"code\":\"SyntaxError\",\"message\":\"at 'whre'\"}}}")).isEqualTo("bad: at 'whre'");
        assertThat(RestClient.errorMessage("{\"messages\":[{\"type\":\"FATAL\",\"text\":\"no such index\"}]}"))
                .isEqualTo("FATAL no such index");
        assertThat(RestClient.errorMessage("{\"error\":{\"type\":\"x\",\"reason\":\"index_not_found\"},\"status\":404}"))
                .isEqualTo("index_not_found");
        assertThat(RestClient.errorMessage("<html>Bad gateway</html>")).isEqualTo("<html>Bad gateway</html>");
        assertThat(RestClient.errorMessage("")).isEqualTo("(no details)");
    }
}
