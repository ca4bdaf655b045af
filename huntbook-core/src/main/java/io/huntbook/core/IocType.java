package io.huntbook.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Types of indicators of compromise. The names are MSTICPy's {@code IoCType} values (what {@code IoCType} columns
 * hold), plus types MSTICPy lacks but threat intelligence uses ({@code sha512_hash}, {@code cve},
 * {@code mac_address}, {@code registry_key}).
 */
public enum IocType {
    UNKNOWN,
    IPV4,
    IPV6,
    DNS,
    URL,
    EMAIL,
    WINDOWS_PATH,
    LINUX_PATH,
    HOSTNAME,
    MD5_HASH,
    SHA1_HASH,
    SHA256_HASH,
    SHA512_HASH,
    /** A hash of unknown algorithm, as MSTICPy's TI lookups use it. */
    FILE_HASH,
    CVE,
    MAC_ADDRESS,
    REGISTRY_KEY;

    /** The MSTICPy name: {@code ipv4}, {@code md5_hash}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this type is a file hash of any algorithm. */
    public boolean isHash() {
        return this == MD5_HASH || this == SHA1_HASH || this == SHA256_HASH || this == SHA512_HASH || this == FILE_HASH;
    }

    /** The type with MSTICPy name {@code name} (case-insensitive), if there is one. */
    public static Optional<IocType> fromId(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        for (IocType type : values()) {
            if (type.name().equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type with name {@code name}, or {@code UNKNOWN}, as MSTICPy's {@code IoCType.parse} does. */
    public static IocType parse(String name) {
        return fromId(name).orElse(UNKNOWN);
    }

    @Override
    public String toString() {
        return id();
    }
}
