package io.huntbook.analysis.ioc;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IocExtractor_PropertiesTest {
    private final IocExtractor iocs = IocExtractor.builder().build();
    private final IocExtractor refanging = IocExtractor.builder().refang(true).build();

    record Embedded(List<Indicators.Generated> indicators, String text) {}

    @Test
    void generatedIndicatorsEmbeddedInTextAreFoundUnderTheirType() {
        PropertyCheck.forAll(400, r -> {
            List<Indicators.Generated> indicators = new ArrayList<>();
            StringBuilder text = new StringBuilder(Indicators.filler(r, r.nextInt(6)));
            for (int i = r.nextInt(1, 5); i > 0; i--) {
                Indicators.Generated indicator = Indicators.any(r);
                indicators.add(indicator);
                // Folder and key names may hold spaces (MSTICPy's rule), so what follows such a path has to be
                // told apart by punctuation or a line end, as in real logs.
                boolean spaced = indicator.type().equals("windows_path") || indicator.type().equals("registry_key");
                String after = spaced ? List.of("\n", ", ", "\t", "\" ").get(r.nextInt(4)) : " ";
                text.append(' ').append(indicator.value()).append(after).append(Indicators.filler(r, r.nextInt(6)));
            }
            return new Embedded(indicators, text.toString());
        }, embedded -> {
            Map<String, Set<String>> found = iocs.extract(embedded.text());
            for (Indicators.Generated indicator : embedded.indicators()) {
                assertThat(found.getOrDefault(indicator.type(), Set.of()))
                        .as("%s %s", indicator.type(), indicator.value()).contains(indicator.value());
            }
        });
    }

    @Test
    void generatedIndicatorsAreValidAndTypedAsWhatTheyAre() {
        PropertyCheck.forAll(1000, Indicators::any, indicator -> {
            assertThat(iocs.validate(indicator.value(), indicator.type())).isTrue();
            assertThat(iocs.typeOf(indicator.value())).contains(indicator.type());
        });
    }

    @Test
    void refangUndoesDefang() {
        PropertyCheck.forAll(1000, Indicators::any, indicator -> {
            String defanged = Defanging.defang(indicator.value());
            assertThat(Defanging.refang(defanged)).isEqualTo(indicator.value());
        });
    }

    @Test
    void defangedIndicatorsAreFoundAndRefangedToTheOriginal() {
        PropertyCheck.forAll(500, r -> switch (r.nextInt(4)) {
            case 0 -> new Indicators.Generated("url", Indicators.url(r));
            case 1 -> new Indicators.Generated("dns", Indicators.domain(r));
            case 2 -> new Indicators.Generated("ipv4", Indicators.ipv4(r));
            default -> new Indicators.Generated("email", Indicators.word(r, 2, 8) + "@" + Indicators.domain(r));
        }, indicator -> {
            String text = "seen " + Defanging.defang(indicator.value()) + " today";
            assertThat(refanging.extract(text).getOrDefault(indicator.type(), Set.of())).contains(indicator.value());
            assertThat(iocs.extract(text).getOrDefault(indicator.type(), Set.of()))
                    .contains(Defanging.defang(indicator.value()));
        });
    }

    @Test
    void everyExtractedObservableValidatesAsItsType() {
        PropertyCheck.forAll(300, r -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                text.append(r.nextBoolean() ? Indicators.any(r).value() : Indicators.filler(r, 3));
                text.append(r.nextInt(4) == 0 ? "" : " ");
            }
            if (r.nextBoolean()) {
                return Defanging.defang(text.toString());
            }
            return r.nextInt(4) == 0 ? text + Indicators.anyText(r, 40) : text.toString();
        }, text -> {
            for (IocMatch match : iocs.matches(text)) {
                assertThat(iocs.validate(match.observable(), match.type()))
                        .as("%s %s", match.type(), match.observable()).isTrue();
            }
        });
    }

    @Test
    void anyTextIsScannedWithoutFailing() {
        PropertyCheck.forAll(2000, r -> Indicators.anyText(r, 300), text -> {
            for (IocMatch match : iocs.matches(text)) {
                assertThat(match.start()).isBetween(0, text.length());
                assertThat(match.end()).isBetween(match.start(), text.length());
            }
        });
    }
}
