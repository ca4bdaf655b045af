package io.huntbook.enrich.ip;

import io.huntbook.core.BadInputException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Parsing IP address literals (never a DNS lookup) and classifying them. The special-purpose ranges come from the
 * IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and its updates).
 */
public final class IpAddresses {
    private IpAddresses() {}

    private static final List<Cidr> PRIVATE = cidrs("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "100.64.0.0/10", "fc00::/7");
    private static final List<Cidr> RESERVED = cidrs("0.0.0.0/8", "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "240.0.0.0/4", "255.255.255.255/32", "2001:db8::/32",
            "100::/64", "2001::/23");

    /**
     * Parses an IPv4 or IPv6 literal. Only literals are accepted: {@link InetAddress#getByName} would resolve a host
     * name through DNS, which must never happen for untrusted input.
     */
    public static InetAddress parse(String text) {
        String value = text.trim();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        if (!isLiteral(value)) {
            throw new BadInputException("'" + text + "' is not an IP address: give an IPv4 (203.0.113.7) or IPv6 literal");
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new BadInputException("'" + text + "' is not an IP address: give an IPv4 (203.0.113.7) or IPv6 literal");
        }
    }

    /** Whether the text is an IP address literal. */
    public static boolean isIpAddress(String text) {
        try {
            parse(text);
            return true;
        } catch (BadInputException e) {
            return false;
        }
    }

    /** The type of an address, in MSTICPy's categories. */
    public static IpType typeOf(String text) {
        return typeOf(parse(text));
    }

    /** The type of an address, in MSTICPy's categories. */
    public static IpType typeOf(InetAddress address) {
        InetAddress a = unmapped(address);
        if (a.isAnyLocalAddress()) {
            return IpType.UNSPECIFIED;
        }
        if (a.isLoopbackAddress()) {
            return IpType.LOOPBACK;
        }
        if (a.isLinkLocalAddress()) {
            return IpType.LINK_LOCAL;
        }
        if (a.isMulticastAddress()) {
            return IpType.MULTICAST;
        }
        if (matchesAny(PRIVATE, a)) {
            return IpType.PRIVATE;
        }
        if (matchesAny(RESERVED, a)) {
            return IpType.RESERVED;
        }
        return IpType.PUBLIC;
    }

    /** An IPv4-mapped IPv6 address ({@code ::ffff:a.b.c.d}) as its IPv4 address; others unchanged. */
    public static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean mapped = b[10] == (byte) 0xFF && b[11] == (byte) 0xFF;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = b[i] == 0;
            }
            if (mapped) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return address;
    }

    private static boolean matchesAny(List<Cidr> networks, InetAddress address) {
        for (Cidr cidr : networks) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLiteral(String value) {
        if (value.isEmpty() || value.length() > 64) {
            return false;
        }
        if (value.indexOf(':') >= 0) {
            String address = value.indexOf('%') >= 0 ? value.substring(0, value.indexOf('%')) : value;
            for (int i = 0; i < address.length(); i++) {
                char c = address.charAt(i);
                boolean ok = c == ':' || c == '.' || Character.digit(c, 16) >= 0;
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                return false;
            }
            if (Integer.parseInt(part) > 255 || (part.length() > 1 && part.charAt(0) == '0')) {
                return false;
            }
        }
        return true;
    }

    static boolean isV4(InetAddress address) {
        return address instanceof Inet4Address;
    }

    private static List<Cidr> cidrs(String... texts) {
        return java.util.Arrays.stream(texts).map(Cidr::parse).toList();
    }
}
