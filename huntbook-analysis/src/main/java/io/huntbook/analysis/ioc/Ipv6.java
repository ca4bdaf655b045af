package io.huntbook.analysis.ioc;

/** IPv6 text forms (RFC 4291 §2.2): eight groups, at most one "::", an optional dotted IPv4 tail. */
final class Ipv6 {
    private Ipv6() {}

    static final long INVALID = Long.MIN_VALUE;
    /** A valid address that is not IPv4-mapped. */
    static final long PLAIN = -1;

    /**
     * Parses str[start, end): {@link #INVALID}, {@link #PLAIN}, or for an IPv4-mapped address ({@code ::ffff:a.b.c.d})
     * the IPv4 address as an unsigned 32-bit value. The unspecified address "::" counts as invalid: it names no host.
     */
    static long parse(String str, int start, int end) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int p = start;
        if (end - start < 2) {
            return INVALID;
        }
        if (str.charAt(p) == ':') {
            if (str.charAt(p + 1) != ':') {
                return INVALID;
            }
            gap = 0;
            p += 2;
            if (p == end) {
                return INVALID;
            }
        }
        while (true) {
            int q = p;
            while (q < end && q - p <= 4 && Chars.isHex(str.charAt(q))) {
                q++;
            }
            if (q == p) {
                return INVALID;
            }
            if (q < end && str.charAt(q) == '.') {
                if (count > 6 || !Scanner.isIpv4(str, p, end)) {
                    return INVALID;
                }
                long v4 = ipv4Value(str, p, end);
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xffff);
                break;
            }
            if (q - p > 4 || count == 8) {
                return INVALID;
            }
            groups[count++] = Integer.parseInt(str, p, q, 16);
            if (q == end) {
                break;
            }
            if (str.charAt(q) != ':') {
                return INVALID;
            }
            if (q + 1 < end && str.charAt(q + 1) == ':') {
                if (gap >= 0) {
                    return INVALID;
                }
                gap = count;
                p = q + 2;
                if (p == end) {
                    break;
                }
            } else {
                p = q + 1;
                if (p == end) {
                    return INVALID;
                }
            }
        }
        if (gap < 0 ? count != 8 : count > 7) {
            return INVALID;
        }
        int[] full = new int[8];
        if (gap < 0) {
            full = groups;
        } else {
            System.arraycopy(groups, 0, full, 0, gap);
            int tail = count - gap;
            System.arraycopy(groups, gap, full, 8 - tail, tail);
        }
        for (int k = 0; k < 5; k++) {
            if (full[k] != 0) {
                return PLAIN;
            }
        }
        return full[5] == 0xffff ? ((long) full[6] << 16) | full[7] : PLAIN;
    }

    static boolean hasDottedTail(String str, int start, int end) {
        for (int p = start; p < end; p++) {
            if (str.charAt(p) == '.') {
                return true;
            }
        }
        return false;
    }

    static String dotted(long v4) {
        return ((v4 >>> 24) & 0xff) + "." + ((v4 >>> 16) & 0xff) + "." + ((v4 >>> 8) & 0xff) + "." + (v4 & 0xff);
    }

    private static long ipv4Value(String str, int start, int end) {
        long value = 0;
        int octet = 0;
        for (int p = start; p < end; p++) {
            char c = str.charAt(p);
            if (c == '.') {
                value = (value << 8) | octet;
                octet = 0;
            } else {
                octet = octet * 10 + (c - '0');
            }
        }
        return (value << 8) | octet;
    }
}
