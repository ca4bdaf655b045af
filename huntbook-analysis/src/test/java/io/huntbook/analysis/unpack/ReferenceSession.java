package io.huntbook.analysis.unpack;

import io.huntbook.analysis.unpack.ReferenceCandidates.Candidate;
import io.huntbook.analysis.unpack.ReferenceCandidates.Kind;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The straightforward unpacking kept as the reference the fast {@link UnpackSession} is compared with (a copy of the
 * session as it was before rescanning only what changed): every pass rescans the whole text, strings are copied
 * freely, and text decoding uses the JDK's strict decoders. Otherwise as follows: one unpacking, following MSTICPy's {@code _decode_b64_string_recursive}: a pass scans the text left to right and
 * replaces each decodable candidate by its {@code <decoded ...>} rendering (identical candidates by the same
 * rendering, as Python's {@code str.replace} does); when a pass decoded anything, the next pass rescans the result
 * one level deeper. Candidates that failed are remembered and skipped. Unlike MSTICPy, a pass builds its output
 * in one sweep instead of a string replace per candidate, so the cost stays linear in the text per pass.
 */
final class ReferenceSession {
    private final int maxDepth;
    private final Budget budget;
    private final List<DecodedItem> items = new ArrayList<>();
    private final Set<Key> undecodable = new HashSet<>();
    /** One digest of each kind per session: looking a digest up by name costs more than hashing a small item. */
    private final MessageDigest md5 = newDigest("MD5");
    private final MessageDigest sha1 = newDigest("SHA-1");
    private final MessageDigest sha256 = newDigest("SHA-256");

    ReferenceSession(int maxDepth, Budget budget) {
        this.maxDepth = maxDepth;
        this.budget = budget;
    }

    UnpackResult run(String input) {
        String text = input;
        String prefix = "";
        for (int depth = 1; ; depth++) {
            Pass pass = pass(text, prefix, depth);
            text = pass.output;
            if (pass.decoded == 0 || budget.truncated()) {
                break;
            }
            if (depth > maxDepth) {
                budget.truncate("depth limit of " + maxDepth + " reached; deeper content left encoded");
                break;
            }
            prefix = prefix.isEmpty() ? pass.fragments + "." : prefix + "." + pass.fragments + ".";
        }
        return new UnpackResult(text, List.copyOf(items), budget.truncated(), budget.warnings());
    }

    private record Pass(String output, int decoded, int fragments) {}

    /** A candidate's identity: its kind and text (a record, so no joined string is built per candidate). */
    private record Key(Kind kind, String text) {}

    private Pass pass(String text, String prefix, int depth) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        Map<Key, String> replaced = new HashMap<>();
        ReferenceCandidates candidates = new ReferenceCandidates(text);
        int pos = 0;
        int fragments = 0;
        int decoded = 0;
        Candidate candidate;
        while ((candidate = candidates.next(pos)) != null) {
            if (budget.exhausted()) {
                budget.truncate("limit of " + budget.maxItems() + " items or " + budget.maxBytes()
                        + " decoded bytes reached; the rest is left encoded");
                break;
            }
            String original = text.substring(candidate.start(), candidate.end());
            Key key = new Key(candidate.kind(), original);
            out.append(text, pos, candidate.start());
            pos = candidate.end();
            String earlier = replaced.get(key);
            if (earlier != null) {
                out.append(earlier);
                continue;
            }
            if (undecodable.contains(key)) {
                out.append(original);
                continue;
            }
            fragments++;
            String fragment = decode(candidate.kind(), original, prefix, depth, fragments);
            if (fragment == null) {
                undecodable.add(key);
                out.append(original);
            } else {
                decoded++;
                replaced.put(key, fragment);
                out.append(fragment);
            }
        }
        out.append(text, pos, text.length());
        return new Pass(out.toString(), decoded, fragments);
    }

    /** A named decoding: MSTICPy's dictionary key ({@code [type]} or {@code [type] Filename: name}) and its item. */
    private record Named(String name, DecodedItem item) {}

    private @Nullable String decode(Kind kind, String original, String prefix, int depth, int index) {
        List<String> reference = List.of(prefix, depth + ".", String.valueOf(index));
        List<Named> results = switch (kind) {
            case POWERSHELL -> powershell(reference, original);
            case URL -> url(reference, original);
            case BASE64 -> base64OrHex(reference, original);
        };
        if (results == null || results.isEmpty()) {
            return null;
        }
        if (results.size() == 1) {
            Named only = results.get(0);
            return render(only.name, only.item, prefix, depth, String.valueOf(index));
        }
        StringBuilder display = new StringBuilder("<decoded value='multiple binary' type='multiple' index='")
                .append(prefix).append(index).append("' depth='").append(depth).append("'>");
        for (int i = 0; i < results.size(); i++) {
            Named child = results.get(i);
            display.append(render(child.name, child.item, prefix, depth + 1, prefix + index + "." + (i + 1)));
        }
        return display.append("</decoded>").toString();
    }

    private static String render(String name, DecodedItem item, String prefix, int depth, String index) {
        if (item.decodedString() != null) {
            return "<decoded type='string' name='" + name + "' index='" + prefix + index + "' depth='" + depth + "'>"
                    + item.decodedString() + "</decoded>";
        }
        return "<decoded value='binary'  name='" + name + "' type='" + pythonStr(item.fileType()) + "' index='" + prefix + index
                + "' depth='" + depth + "'>" + item.printableBytes() + "</decoded>";
    }

    /** Only a UTF-16LE text counts: {@code grep -e word} must not become a binary item. */
    private @Nullable List<Named> powershell(List<String> reference, String original) {
        byte[] bytes = ReferenceCodecs.base64(original, 0, original.length());
        if (bytes == null || ReferenceCodecs.utf16le(bytes) == null) {
            return null;
        }
        return single(reference, original, bytes, "powershell");
    }

    private @Nullable List<Named> url(List<String> reference, String original) {
        byte[] bytes = ReferenceCodecs.urlDecode(original, 0, original.length());
        String text = ReferenceCodecs.utf8(bytes);
        if (text == null || text.equals(original)) {
            return null;
        }
        return single(reference, original, bytes, "url");
    }

    /**
     * An all-hex run is read as hex when that gives text or a known file (a hash stays base64, as in MSTICPy);
     * anything else as base64, with archives unpacked into their members.
     */
    private @Nullable List<Named> base64OrHex(List<String> reference, String original) {
        byte[] hex = Codecs.hex(original, 0, original.length());
        if (hex != null) {
            String text = ReferenceCodecs.utf8(hex);
            if ((text != null && Codecs.isMostlyPrintable(text)) || FileTypes.detect(hex).isPresent()) {
                return single(reference, original, hex, "hex");
            }
        }
        if ((long) original.length() * 3 / 4 > budget.remainingBytes()) {
            budget.truncate("decoded size limit of " + budget.maxBytes() + " bytes reached; a "
                    + original.length() + "-character candidate was left encoded");
            return null;
        }
        byte[] bytes = ReferenceCodecs.base64(original, 0, original.length());
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        String type = FileTypes.detect(bytes).orElse(null);
        if (Archives.isArchive(type)) {
            budget.useBytes(bytes.length);
            Archives.Extraction extraction = Archives.extract(type, bytes, budget);
            if (extraction.problem() != null) {
                budget.truncate(extraction.problem());
            }
            if (!extraction.members().isEmpty()) {
                List<Named> members = new ArrayList<>();
                for (Archives.Member member : extraction.members()) {
                    DecodedItem item = item(reference, original, member.name(), type, member.bytes(), "base64",
                            member.truncated());
                    members.add(new Named("[" + type + "] Filename: " + member.name(), item));
                }
                return members;
            }
        }
        return single(reference, original, bytes, "base64");
    }

    private @Nullable List<Named> single(List<String> reference, String original, byte @Nullable [] bytes,
            String decoder) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        String type = FileTypes.detect(bytes).orElse(null);
        budget.useBytes(bytes.length);
        DecodedItem item = item(reference, original, "unknown", type, bytes, decoder, false);
        return List.of(new Named("[" + (decoder.equals("base64") ? pythonStr(type) : decoder) + "]", item));
    }

    /** How MSTICPy's f-strings show a missing type. */
    private static String pythonStr(@Nullable String value) {
        return value == null ? "None" : value;
    }

    private DecodedItem item(List<String> reference, String original, String fileName, @Nullable String fileType,
            byte[] bytes, String decoder, boolean truncated) {
        budget.useItem();
        String text;
        String encoding;
        if (decoder.equals("powershell") || Codecs.looksUtf16le(bytes)) {
            text = ReferenceCodecs.utf16le(bytes);
            encoding = "utf-16";
            if (text == null && !decoder.equals("powershell")) {
                text = ReferenceCodecs.utf8(bytes);
                encoding = "utf-8";
            }
        } else if (isBinaryFormat(bytes)) {
            text = null;
            encoding = "binary";
        } else {
            text = ReferenceCodecs.utf8(bytes);
            encoding = "utf-8";
        }
        if (text == null) {
            encoding = "binary";
        }
        items.add(new DecodedItem(reference, original, fileName, fileType, bytes, text, encoding,
                ReferenceCodecs.hexOf(md5.digest(bytes)), ReferenceCodecs.hexOf(sha1.digest(bytes)), ReferenceCodecs.hexOf(sha256.digest(bytes)),
                ReferenceCodecs.printableBytes(bytes), decoder, truncated));
        return items.get(items.size() - 1);
    }

    /** A known file format is shown as bytes even when its bytes happen to be valid UTF-8 (MSTICPy shows text). */
    private static boolean isBinaryFormat(byte[] bytes) {
        return FileTypes.detect(bytes).filter(type -> !type.equals("pdf")).isPresent();
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
