package io.huntbook.enrich.ti;

/**
 * The defanged form MSTICPy writes to {@code SafeIoc}, so a report can show an indicator without making it a live
 * link: dots in hosts become {@code [.]} and {@code http} becomes {@code hxxp}.
 */
final class SafeIoc {
    private SafeIoc() {}

    static String of(String ioc, String iocType) {
        return switch (iocType) {
            case "url" -> ioc.replaceFirst("(?i)^http", "hxxp").replace(".", "[.]");
            case "dns", "hostname", "ipv4", "email" -> ioc.replace(".", "[.]");
            default -> ioc;
        };
    }
}
