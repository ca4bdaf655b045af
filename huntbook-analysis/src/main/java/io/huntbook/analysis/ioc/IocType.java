package io.huntbook.analysis.ioc;

import java.util.List;

/**
 * An indicator type: its name (MSTICPy's where MSTICPy has one) and its priority. When one substring is matched by
 * several types it is reported under the type with the lowest priority number, as MSTICPy does.
 */
public record IocType(String name, int priority) {
    public static final IocType IPV4 = new IocType("ipv4", 0);
    public static final IocType IPV6 = new IocType("ipv6", 0);
    public static final IocType DNS = new IocType("dns", 2);
    public static final IocType URL = new IocType("url", 0);
    public static final IocType EMAIL = new IocType("email", 1);
    public static final IocType WINDOWS_PATH = new IocType("windows_path", 3);
    public static final IocType LINUX_PATH = new IocType("linux_path", 4);
    public static final IocType MD5_HASH = new IocType("md5_hash", 1);
    public static final IocType SHA1_HASH = new IocType("sha1_hash", 1);
    public static final IocType SHA256_HASH = new IocType("sha256_hash", 1);
    public static final IocType SHA512_HASH = new IocType("sha512_hash", 1);
    public static final IocType CVE = new IocType("cve", 1);
    public static final IocType MAC_ADDRESS = new IocType("mac_address", 1);
    public static final IocType REGISTRY_KEY = new IocType("registry_key", 3);

    private static final List<IocType> BUILT_INS = List.of(IPV4, IPV6, DNS, URL, EMAIL, WINDOWS_PATH, LINUX_PATH,
            MD5_HASH, SHA1_HASH, SHA256_HASH, SHA512_HASH, CVE, MAC_ADDRESS, REGISTRY_KEY);

    public IocType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an IoC type needs a name, such as \"ticket_id\"");
        }
        if (priority < 0) {
            throw new IllegalArgumentException("IoC type " + name + ": priority " + priority
                    + " is negative; use 0 (highest) or more");
        }
    }

    /** The built-in types, in the order that breaks ties between equal priorities (MSTICPy's order first). */
    public static List<IocType> builtIns() {
        return BUILT_INS;
    }
}
