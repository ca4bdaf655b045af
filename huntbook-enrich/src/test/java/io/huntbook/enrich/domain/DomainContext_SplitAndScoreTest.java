package io.huntbook.enrich.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.testing.PropertyCheck;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainContext_SplitAndScoreTest {
    @ParameterizedTest
    @CsvSource({
        "www.bbc.co.uk, www, bbc.co.uk, co.uk",
        "mail.google.com., mail, google.com, com",
        "a.b.example.com, a.b, example.com, com",
        "city.kawasaki.jp, '', city.kawasaki.jp, kawasaki.jp",
        "co.uk, '', '', co.uk",
        "EVIL.Top, '', evil.top, top"
    })
    void splitsAtThePublicSuffix(String name, String sub, String registered, String suffix) {
        DomainContext c = DomainContext.of(name);
        assertThat(c.subdomain()).isEqualTo(sub);
        assertThat(c.registeredDomain()).isEqualTo(registered);
        assertThat(c.publicSuffix()).isEqualTo(suffix);
    }

    @Test
    void knowsWhichTopLevelDomainsExist() {
        assertThat(DomainContext.of("example.com").validTld()).isTrue();
        assertThat(DomainContext.of("printer.corp.local").validTld()).isFalse();
        assertThat(DomainContext.of("bücher.de").domain()).isEqualTo("xn--bcher-kva.de");
    }

    @Test
    void generatedNamesScoreAbovePeoplesNames() {
        List<String> generated = List.of("xjwqkzvbtrpl.com", "q3k9z7x1vbn4.net", "kdjfhgqwpzmx.org",
                "zxcvbnmqwrtp.info", "a8f7d6s5g4h3j2.biz", "pqkzjxvwtrbn.ru");
        List<String> chosen = List.of("microsoft.com", "wikipedia.org", "stackoverflow.com", "bankofamerica.com",
                "huntbook.io", "weather.com", "salesforce.com", "openstreetmap.org");
        double lowestGenerated = generated.stream().mapToDouble(d -> DomainContext.of(d).dgaScore()).min().orElseThrow();
        double highestChosen = chosen.stream().mapToDouble(d -> DomainContext.of(d).dgaScore()).max().orElseThrow();
        assertThat(lowestGenerated).isGreaterThan(0.5);
        assertThat(highestChosen).isLessThan(0.5);
    }

    @Test
    void entropyIsShannonsBitsPerCharacter() {
        assertThat(DgaScore.entropy("aaaa")).isZero();
        assertThat(DgaScore.entropy("ab")).isEqualTo(1.0);
        assertThat(DgaScore.entropy("abcd")).isEqualTo(2.0);
    }

    @Test
    void scoresStayBetweenZeroAndOneForAnyLabel() {
        PropertyCheck.forAll(10_000, r -> {
            StringBuilder s = new StringBuilder();
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                s.append("abcdefghijklmnopqrstuvwxyz0123456789-".charAt(r.nextInt(37)));
            }
            return s.toString().replaceAll("^-+|-+$", "x") + ".com";
        }, name -> {
            DomainContext c = DomainContext.of(name);
            assertThat(c.dgaScore()).isBetween(0.0, 1.0);
            assertThat(c.registeredDomain()).endsWith(".com");
        });
    }

    @Test
    void notADomainIsBadInput() {
        assertThatThrownBy(() -> DomainContext.of("a..b.com")).isInstanceOf(BadInputException.class);
    }
}
