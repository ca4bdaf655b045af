package io.huntbook.analysis.ioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IocExtractor_StringModeTest {
    private final IocExtractor iocs = IocExtractor.builder().build();

    private Set<String> found(String text, String type) {
        return iocs.extract(text).getOrDefault(type, Set.of());
    }

    @Test
    void findsEveryBuiltInTypeInOneText() {
        String text = "Host 10.1.2.3 talked to 2001:db8::1 and http://evil.example.com/drop?x=1 then mailed "
                + "bob@contoso.com; dropped C:\\Users\\bob\\AppData\\Local\\Temp\\evil.exe and /tmp/x/run.sh; "
                + "md5 d41d8cd98f00b204e9800998ecf8427e sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709 "
                + "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 exploit CVE-2021-44228 "
                + "from NIC 00:1a:2b:3c:4d:5e, persistence HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
        Map<String, Set<String>> found = iocs.extract(text);
        assertThat(found.get("ipv4")).containsExactly("10.1.2.3");
        assertThat(found.get("ipv6")).containsExactly("2001:db8::1");
        assertThat(found.get("url")).containsExactly("http://evil.example.com/drop?x=1");
        assertThat(found.get("dns")).contains("evil.example.com", "contoso.com");
        assertThat(found.get("email")).containsExactly("bob@contoso.com");
        assertThat(found.get("windows_path")).containsExactly("C:\\Users\\bob\\AppData\\Local\\Temp\\evil.exe");
        assertThat(found.get("linux_path")).contains("/tmp/x/run.sh");
        assertThat(found.get("md5_hash")).containsExactly("d41d8cd98f00b204e9800998ecf8427e");
        assertThat(found.get("sha1_hash")).containsExactly("da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assertThat(found.get("sha256_hash"))
                .containsExactly("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(found.get("cve")).containsExactly("CVE-2021-44228");
        assertThat(found.get("mac_address")).containsExactly("00:1a:2b:3c:4d:5e");
        assertThat(found.get("registry_key"))
                .containsExactly("HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
    }

    @Test
    void ipv4OctetsAreCheckedAndLongerDottedNumbersAreNotAddresses() {
        assertThat(found("bad 999.1.1.1 and 256.0.0.1 good 255.255.255.255", "ipv4"))
                .containsExactly("255.255.255.255");
        assertThat(found("version 1.2.3.4.5 and 10.0.0.1.2", "ipv4")).isEmpty();
        assertThat(found("connect to 8.8.8.8.", "ipv4")).containsExactly("8.8.8.8");
        assertThat(found("dst=10.0.0.5:443 net 192.168.0.0/16", "ipv4")).containsExactly("10.0.0.5", "192.168.0.0");
    }

    @Test
    void timesAndMacAddressesAreNotIpv6() {
        Map<String, Set<String>> found = iocs.extract("at 12:34:56 from 00:1a:2b:3c:4d:5e and 10:20:30");
        assertThat(found).doesNotContainKey("ipv6");
        assertThat(found.get("mac_address")).containsExactly("00:1a:2b:3c:4d:5e");
    }

    @Test
    void ipv6FormsZonesAndMappedAddresses() {
        assertThat(found("link fe80::1%eth0 up", "ipv6")).containsExactly("fe80::1%eth0");
        assertThat(found("full 2001:0db8:85a3:0000:0000:8a2e:0370:7334 end", "ipv6"))
                .containsExactly("2001:0db8:85a3:0000:0000:8a2e:0370:7334");
        assertThat(found("src:fe80::1 ok", "ipv6")).containsExactly("fe80::1");
        assertThat(found("[2001:db8::2]:8080", "ipv6")).containsExactly("2001:db8::2");
        Map<String, Set<String>> mapped = iocs.extract("peer ::ffff:192.0.2.128 and ::ffff:c000:281");
        assertThat(mapped).doesNotContainKey("ipv6");
        assertThat(mapped.get("ipv4")).containsExactly("192.0.2.128", "192.0.2.129");
        assertThat(found("std::vector and Foo::Bar", "ipv6")).isEmpty();
    }

    @Test
    void domainsNeedAPublicSuffixAndAreTakenWhole() {
        assertThat(found("visit www.example.co.uk. now", "dns")).containsExactly("www.example.co.uk");
        assertThat(found("ran cmd.exe and notepad.exe on host.local", "dns")).isEmpty();
        assertThat(found("the suffix co.uk alone", "dns")).isEmpty();
        assertThat(found("idn bücher.de and xn--bcher-kva.de and пример.рф", "dns"))
                .containsExactly("bücher.de", "xn--bcher-kva.de", "пример.рф");
        assertThat(found("page.github.io", "dns")).containsExactly("page.github.io");
    }

    @Test
    void collisionsGoToTheLowestPriorityNumberAndOtherSubstringsStayIndependent() {
        Map<String, Set<String>> found = iocs.extract("mail alice@mail.example.org, see https://cdn.example.net/a");
        assertThat(found.get("email")).containsExactly("alice@mail.example.org");
        assertThat(found.get("dns")).containsExactly("mail.example.org", "cdn.example.net");
        assertThat(found.get("url")).containsExactly("https://cdn.example.net/a");
        // 1.2.3.4 is never also a dns or a path: the same substring stays under ipv4 (priority 0).
        assertThat(iocs.extract("1.2.3.4").keySet()).containsExactly("ipv4");
    }

    @Test
    void defangedIndicatorsAreFoundAndReportedAsWrittenOrRefanged() {
        String text = "c2 hxxps://evil[.]example[.]com/x and 203.0.113[.]7, mail bob[at]evil(.)org, fxp://files{.}example.net";
        Map<String, Set<String>> asWritten = iocs.extract(text);
        assertThat(asWritten.get("url")).containsExactly("hxxps://evil[.]example[.]com/x", "fxp://files{.}example.net");
        assertThat(asWritten.get("ipv4")).containsExactly("203.0.113[.]7");
        assertThat(asWritten.get("email")).containsExactly("bob[at]evil(.)org");
        Map<String, Set<String>> refanged = IocExtractor.builder().refang(true).build().extract(text);
        assertThat(refanged.get("url")).containsExactly("https://evil.example.com/x", "ftp://files.example.net");
        assertThat(refanged.get("ipv4")).containsExactly("203.0.113.7");
        assertThat(refanged.get("email")).containsExactly("bob@evil.org");
        assertThat(refanged.get("dns")).contains("evil.example.com", "evil.org", "files.example.net");
        assertThat(IocExtractor.builder().refang(true).build().extract("hXXp[:]//bad[dot]com/p").get("url"))
                .containsExactly("http://bad.com/p");
    }

    @Test
    void percentEncodedUrlsInsideUrlsAreReportedWithTheirHost() {
        Map<String, Set<String>> found = iocs.extract(
                "click https://t.example.com/r?u=https%3A%2F%2Fphish.example.org%2Flogin now");
        assertThat(found.get("url")).contains("https://t.example.com/r?u=https%3A%2F%2Fphish.example.org%2Flogin",
                "https://phish.example.org/login");
        assertThat(found.get("dns")).contains("phish.example.org");
    }

    @Test
    void typesCanBeChosenAndCustomTypesAdded() {
        IocExtractor custom = IocExtractor.builder().types("ipv4", "ticket").addType("ticket", "INC-\\d{6}", 1).build();
        Map<String, Set<String>> found = custom.extract("INC-123456 about 10.0.0.1 and evil.com");
        assertThat(found).containsOnlyKeys("ipv4", "ticket");
        assertThat(found.get("ticket")).containsExactly("INC-123456");
        assertThatThrownBy(() -> IocExtractor.builder().types("ipv5").build())
                .hasMessageContaining("unknown IoC type \"ipv5\"");
        assertThatThrownBy(() -> IocExtractor.builder().addType("x", "(", 1))
                .hasMessageContaining("not a valid regular expression");
    }

    @Test
    void validateAndTypeOfLookAtTheWholeValue() {
        assertThat(iocs.validate("10.0.0.1", "ipv4")).isTrue();
        assertThat(iocs.validate("10.0.0.1 ", "ipv4")).isFalse();
        assertThat(iocs.validate("999.0.0.1", "ipv4")).isFalse();
        assertThat(iocs.validate("evil[.]com", "dns")).isTrue();
        assertThat(iocs.validate("::ffff:1.2.3.4", "ipv6")).isTrue();
        assertThat(iocs.typeOf("evil.com")).contains("dns");
        assertThat(iocs.typeOf("10.0.0.1")).contains("ipv4");
        assertThat(iocs.typeOf("https://evil.com/a")).contains("url");
        assertThat(iocs.typeOf("d41d8cd98f00b204e9800998ecf8427e")).contains("md5_hash");
        assertThat(iocs.typeOf("hello world")).isEmpty();
        assertThat(iocs.iocTypeOf("fe80::1")).isEqualTo(io.huntbook.core.IocType.IPV6);
        assertThat(iocs.iocTypeOf("hello")).isEqualTo(io.huntbook.core.IocType.UNKNOWN);
        for (IocDefinition definition : IocDefinition.builtIns()) {
            assertThat(definition.coreType().id()).isEqualTo(definition.name());
        }
        assertThatThrownBy(() -> iocs.validate("x", "nope")).hasMessageContaining("known types");
    }

    @Test
    void pathsFollowMsticpyRulesWithoutItsNoise() {
        assertThat(found("\"C:\\Program Files\\Microsoft Office\\root\\WINWORD.EXE\" /n", "windows_path"))
                .containsExactly("C:\\Program Files\\Microsoft Office\\root\\WINWORD.EXE");
        assertThat(found("cmd.exe /c whoami and/or 11/27/2026", "linux_path")).isEmpty();
        assertThat(found("cat /etc/passwd; ./run.sh ~/x.txt", "linux_path"))
                .containsExactly("/etc/passwd", "./run.sh", "~/x.txt");
        assertThat(found("{\"Image\":\"C:\\\\Windows\\\\System32\\\\cmd.exe\"}", "windows_path"))
                .containsExactly("C:\\\\Windows\\\\System32\\\\cmd.exe");
        assertThat(found("share \\\\fileserver\\public\\a.doc", "windows_path"))
                .containsExactly("\\\\fileserver\\public\\a.doc");
        assertThat(found("escapes like a\\nb are not paths", "windows_path")).isEmpty();
    }
}
