package io.huntbook.bench.unpack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Deterministic encoded-heavy text: log lines of which most carry something encoded (PowerShell -enc commands,
 * base64 text and nested base64, gzip in base64, hex, URL-encoded requests, base64 binaries), the rest plain.
 */
public final class EncodedCorpus {
    private EncodedCorpus() {}

    private static final String[] WORDS = {"Invoke-WebRequest", "http://198.51.100.23/stage2.ps1", "-OutFile",
        "C:\\Users\\Public\\a.exe", "Start-Process", "whoami", "/all", "net", "user", "administrator", "IEX",
        "New-Object", "Net.WebClient", "DownloadString", "reg", "add", "HKCU\\Software\\Run", "schtasks", "/create"};

    /** About {@code bytes} characters of text, the same for the same seed. */
    public static String generate(int bytes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(bytes + 1024);
        int line = 0;
        while (text.length() < bytes) {
            text.append("2024-05-01T10:").append(line % 60).append(":00Z host").append(line % 17).append(' ');
            String command = sentence(random, 6 + random.nextInt(10));
            switch (random.nextInt(8)) {
                case 0 -> text.append("powershell.exe -NoP -W Hidden -enc ")
                        .append(b64(command.getBytes(StandardCharsets.UTF_16LE)));
                case 1 -> text.append("cmd /c echo ").append(b64(utf8(command)));
                case 2 -> text.append("data=").append(b64(utf8("nested " + b64(utf8(command)))));
                case 3 -> text.append("blob ").append(b64(gzip(utf8(command + " " + command))));
                case 4 -> text.append("arg ").append(HexFormat.of().formatHex(utf8(command)));
                case 5 -> text.append("GET /q?c=").append(java.net.URLEncoder.encode(command, StandardCharsets.UTF_8))
                        .append(" HTTP/1.1");
                case 6 -> {
                    byte[] binary = new byte[64 + random.nextInt(256)];
                    random.nextBytes(binary);
                    text.append("bin ").append(b64(binary));
                }
                default -> text.append("plain ").append(command);
            }
            // A field after the value: otherwise an unpadded base64 run would run on over the line break into the
            // next line's "2024", and a gzip member with those trailing bytes flags the whole result as truncated.
            text.append(" rc=0\n");
            line++;
        }
        return text.toString();
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] gzip(byte[] bytes) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
