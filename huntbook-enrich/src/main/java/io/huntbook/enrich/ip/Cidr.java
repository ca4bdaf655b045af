package io.huntbook.enrich.ip;

import io.huntbook.core.BadInputException;
import java.net.InetAddress;
import java.util.Arrays;

/** A network in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}) and membership tests against it. */
public record Cidr(InetAddress network, int prefixLength) {

    public Cidr {
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new BadInputException("prefix length " + prefixLength + " is out of range 0-" + bits);
        }
    }

    /** Parses {@code address/prefix}; a bare address is a single-host network. */
    public static Cidr parse(String text) {
        String trimmed = text.trim();
        int slash = trimmed.indexOf('/');
        InetAddress address = IpAddresses.parse(slash < 0 ? trimmed : trimmed.substring(0, slash));
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new BadInputException("'" + text + "' is not a CIDR network: write it as 10.0.0.0/8");
            }
        }
        return new Cidr(address, prefix);
    }

    /** Whether {@code address} lies in this network (IPv4 and IPv6 never match each other). */
    public boolean contains(InetAddress address) {
        byte[] a = network.getAddress();
        byte[] b = address.getAddress();
        if (a.length != b.length) {
            return false;
        }
        int full = prefixLength / 8;
        if (!Arrays.equals(a, 0, full, b, 0, full)) {
            return false;
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (a[full] & mask) == (b[full] & mask);
    }

    /** Whether the text address lies in this network. */
    public boolean contains(String address) {
        return contains(IpAddresses.parse(address));
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}
