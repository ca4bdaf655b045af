package io.huntbook.enrich.ip;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IpAddresses_TypeTest {
    @ParameterizedTest
    @CsvSource({
        "8.8.8.8, Public", "81.2.69.142, Public", "10.1.2.3, Private", "172.31.255.255, Private",
        "192.168.0.1, Private", "127.0.0.1, Loopback", "169.254.10.10, Link Local", "224.0.0.251, Multicast",
        "0.0.0.0, Unspecified", "203.0.113.7, Reserved", "192.0.2.1, Reserved", "255.255.255.255, Reserved",
        "::1, Loopback", "fe80::1, Link Local", "ff02::1, Multicast", "::, Unspecified", "fd00::1, Private",
        "2001:db8::1, Reserved", "2606:4700:4700::1111, Public", "::ffff:10.0.0.1, Private"
    })
    void classifiesAsMsticpyDoes(String ip, String label) {
        assertThat(IpAddresses.typeOf(ip).label()).isEqualTo(label);
    }

    @Test
    void rejectsWhatIsNotALiteral() {
        for (String text : new String[] {"999.1.1.1", "1.2.3", "1.2.3.4.5", "example.com", "01.2.3.4", "", "1.2.3.-4"}) {
            assertThat(IpAddresses.isIpAddress(text)).as(text).isFalse();
        }
    }

    @Test
    void everyAddressInsideANetworkIsContainedAndNeighboursAreNot() {
        PropertyCheck.forAll(10_000, r -> new int[] {r.nextInt(), r.nextInt(33), r.nextInt()}, v -> {
            int base = v[0];
            int prefix = v[1];
            int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
            int network = base & mask;
            int inside = network | (v[2] & ~mask);
            Cidr cidr = Cidr.parse(dotted(network) + "/" + prefix);
            assertThat(cidr.contains(dotted(inside))).isTrue();
            if (prefix > 0) {
                int outside = inside ^ (1 << (32 - prefix));
                assertThat(cidr.contains(dotted(outside))).isFalse();
            }
        });
    }

    private static String dotted(int address) {
        return ((address >>> 24) & 0xFF) + "." + ((address >>> 16) & 0xFF) + "." + ((address >>> 8) & 0xFF) + "."
                + (address & 0xFF);
    }
}
