package io.huntbook.enrich.ip;

/** What kind of address an IP is, with MSTICPy's names ({@code get_ip_type}). */
public enum IpType {
    PUBLIC("Public"),
    PRIVATE("Private"),
    LOOPBACK("Loopback"),
    LINK_LOCAL("Link Local"),
    MULTICAST("Multicast"),
    RESERVED("Reserved"),
    UNSPECIFIED("Unspecified");

    private final String label;

    IpType(String label) {
        this.label = label;
    }

    /** MSTICPy's label, e.g. {@code "Link Local"}. */
    public String label() {
        return label;
    }

    /** Whether an address of this type may be sent to an outside service (only public ones are). */
    public boolean isRoutable() {
        return this == PUBLIC;
    }

    @Override
    public String toString() {
        return label;
    }
}
