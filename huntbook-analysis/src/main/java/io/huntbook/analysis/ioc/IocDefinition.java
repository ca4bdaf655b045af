package io.huntbook.analysis.ioc;

import java.util.List;

/**
 * An indicator type as the extractor knows it: its name (MSTICPy's, which are also
 * {@link io.huntbook.core.IocType#id()}) and its priority. When one substring is matched by
 * several types it is reported under the type with the lowest priority number, as MSTICPy does.
 */
public record IocDefinition(String name, int priority) {
    public static final IocDefinition IPV4 = new IocDefinition("ipv4", 0);
    public static final IocDefinition IPV6 = new IocDefinition("ipv6", 0);
    public static final IocDefinition DNS = new IocDefinition("dns", 2);
    public static final IocDefinition URL = new IocDefinition("url", 0);
    public static final IocDefinition EMAIL = new IocDefinition("email", 1);
    public static final IocDefinition WINDOWS_PATH = new IocDefinition("windows_path", 3);
    public static final IocDefinition LINUX_PATH = new IocDefinition("linux_path", 4);
    public static final IocDefinition MD5_HASH = new IocDefinition("md5_hash", 1);
    public static final IocDefinition SHA1_HASH = new IocDefinition("sha1_hash", 1);
    public static final IocDefinition SHA256_HASH = new IocDefinition("sha256_hash", 1);
    public static final IocDefinition SHA512_HASH = new IocDefinition("sha512_hash", 1);
    public static final IocDefinition CVE = new IocDefinition("cve", 1);
    public static final IocDefinition MAC_ADDRESS = new IocDefinition("mac_address", 1);
    public static final IocDefinition REGISTRY_KEY = new IocDefinition("registry_key", 3);

    private static final List<IocDefinition> BUILT_INS = List.of(IPV4, IPV6, DNS, URL, EMAIL, WINDOWS_PATH, LINUX_PATH,
            MD5_HASH, SHA1_HASH, SHA256_HASH, SHA512_HASH, CVE, MAC_ADDRESS, REGISTRY_KEY);

    public IocDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an IoC type needs a name, such as \"ticket_id\"");
        }
        if (priority < 0) {
            throw new IllegalArgumentException("IoC type " + name + ": priority " + priority
                    + " is negative; use 0 (highest) or more");
        }
    }

    /** The shared value type of this definition; {@code UNKNOWN} for a custom type. */
    public io.huntbook.core.IocType coreType() {
        return io.huntbook.core.IocType.parse(name);
    }

    /** The built-in types, in the order that breaks ties between equal priorities (MSTICPy's order first). */
    public static List<IocDefinition> builtIns() {
        return BUILT_INS;
    }
}
