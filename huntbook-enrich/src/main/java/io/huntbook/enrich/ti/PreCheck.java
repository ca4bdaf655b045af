package io.huntbook.enrich.ti;

import io.huntbook.enrich.ip.IpAddresses;
import io.huntbook.enrich.ip.IpType;
import java.util.Optional;

/**
 * Checks made before anything is sent: a private or reserved address is never sent outside, and a hash must have
 * the length and alphabet of its type and not be a placeholder such as all zeros.
 */
final class PreCheck {
    private PreCheck() {}

    /** Why the indicator must not be sent, or empty when it may be. */
    static Optional<String> refusal(String ioc, String iocType, boolean localProvider) {
        switch (iocType) {
            case "ipv4", "ipv6" -> {
                if (!IpAddresses.isIpAddress(ioc)) {
                    return Optional.of("not a valid " + iocType + " address");
                }
                IpType type = IpAddresses.typeOf(ioc);
                return type.isRoutable() || localProvider ? Optional.empty() : Optional.of("not sent: " + type.label() + " address");
            }
            case "md5_hash" -> {
                return hash(ioc, 32);
            }
            case "sha1_hash" -> {
                return hash(ioc, 40);
            }
            case "sha256_hash" -> {
                return hash(ioc, 64);
            }
            case "sha512_hash" -> {
                return hash(ioc, 128);
            }
            default -> {
                return ioc.isBlank() ? Optional.of("empty indicator") : Optional.empty();
            }
        }
    }

    private static Optional<String> hash(String value, int length) {
        if (value.length() != length || !value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return Optional.of("not a hash of " + length + " hex digits");
        }
        if (value.chars().distinct().count() == 1) {
            return Optional.of("placeholder hash (one repeated digit)");
        }
        return Optional.empty();
    }
}
