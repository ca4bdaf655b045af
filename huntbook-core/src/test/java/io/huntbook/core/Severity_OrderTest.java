package io.huntbook.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Severity_OrderTest {
    @Test
    void orderAndNamesFollowMsticpy() {
        assertThat(Severity.HIGH.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.atLeast(Severity.HIGH)).isFalse();
        assertThat(Severity.INFORMATION.atLeast(Severity.UNKNOWN)).isTrue();
        assertThat(Severity.UNKNOWN.atLeast(Severity.INFORMATION)).isFalse();
        assertThat(Severity.parse("High")).isEqualTo(Severity.HIGH);
        assertThat(Severity.parse(1)).isEqualTo(Severity.WARNING);
        assertThat(Severity.parse("bogus")).isEqualTo(Severity.UNKNOWN);
        assertThat(Severity.HIGH.toString()).isEqualTo("high");
        assertThat(Severity.max(Severity.WARNING, Severity.INFORMATION)).isEqualTo(Severity.WARNING);
    }

    @Test
    void iocTypesUseMsticpyNames() {
        assertThat(IocType.SHA256_HASH.id()).isEqualTo("sha256_hash");
        assertThat(IocType.parse("ipv4")).isEqualTo(IocType.IPV4);
        assertThat(IocType.parse("nonsense")).isEqualTo(IocType.UNKNOWN);
        assertThat(IocType.MD5_HASH.isHash()).isTrue();
        assertThat(IocType.DNS.isHash()).isFalse();
    }
}
