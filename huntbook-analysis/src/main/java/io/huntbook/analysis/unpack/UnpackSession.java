package io.huntbook.analysis.unpack;

import io.huntbook.analysis.unpack.Candidates.Candidate;
import io.huntbook.analysis.unpack.Candidates.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One unpacking, following MSTICPy's {@code _decode_b64_string_recursive}: a pass scans the text left to right and
 * replaces each decodable candidate by its {@code <decoded ...>} rendering (identical candidates by the same
 * rendering, as Python's {@code str.replace} does); when a pass decoded anything, the next pass rescans the result
 * one level deeper. Candidates that failed are remembered and skipped. Unlike MSTICPy, a pass builds its output
 * in one sweep instead of a string replace per candidate, so the cost stays linear in the text per pass.
 *
 * <p>A later pass scans only what the pass before changed: each rendering, and the unchanged text after a rendering
 * where the change can alter what is found there. Elsewhere it would find exactly the candidates found before, all
 * of which failed: a rendering starts with '<' and ends with '>', which no candidate crosses, so the text between
 * two renderings is scanned from its start as before, except that a PowerShell flag right after a rendering now has
 * '>' before it (its look-behind), and a PowerShell argument whose flag lay inside a replaced candidate loses that
 * flag. Those stretches are scanned again. {@code UnpackSession_MatchesReferenceTest} checks this against the
 * straightforward rescanning of everything.
 */
final class UnpackSession {
    private final int maxDepth;
    private final Budget budget;
    private final List<DecodedItem> items = new ArrayList<>();
    /** Per candidate kind: the texts that failed to decode. */
    /**
     * Per candidate kind, every candidate text met: {@link #UNDECODABLE} when it failed to decode (for the whole
     * session), else the {@link Fragment} of its rendering (valid in the pass of its depth only). One map, so a new
     * candidate costs one look-up, not one per pass's renderings and one for the failures.
     */
    private @Nullable List<Map<String, Object>> seen;
    private static final Object UNDECODABLE = new Object();
    private final GzipMember gzip = new GzipMember();
    private final BackgroundHashing hashing = BackgroundHashing.forThisMachine();

    UnpackSession(int maxDepth, Budget budget) {
        this.maxDepth = maxDepth;
        this.budget = budget;
    }

    UnpackResult run(String input) {
        try {
            return unpack(input);
        } finally {
            gzip.close();
        }
    }

    private UnpackResult unpack(String input) {
        String text = input;
        Regions scan = Regions.whole(text.length());
        String prefix = "";
        for (int depth = 1; ; depth++) {
            Pass pass = pass(text, scan, prefix, depth);
            text = pass.output;
            scan = pass.changed;
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

    /** A pass's output, counts, and the stretches of the output the next pass must scan. */
    private record Pass(String output, int decoded, int fragments, Regions changed) {}

    private Pass pass(String text, Regions changedBefore, String prefix, int depth) {
        // a pass that starts with a limit reached stops at its first candidate, wherever that is
        Regions scan = budget.exhausted() ? Regions.whole(text.length()) : changedBefore;
        StringBuilder out = null;
        Regions changed = new Regions();
        long scanned = 0;
        for (int r = 0; r < scan.size(); r++) {
            scanned += scan.end(r) - scan.start(r);
        }
        // sized for a candidate every few hundred characters, as in encoded-heavy logs: growing a map rehashes it
        int expected = (int) Math.min(1 << 16, scanned / 256);
        List<Map<String, Object>> seenByKind = seen;
        if (seenByKind == null) {
            seenByKind = List.of(HashMap.newHashMap(expected), HashMap.newHashMap(expected),
                    HashMap.newHashMap(expected));
            seen = seenByKind;
        }
        Candidates candidates = new Candidates(text, scanned * 4 >= text.length());
        int pos = 0;
        int copied = 0;
        int fragments = 0;
        int decoded = 0;
        // the unchanged output since the last rendering, and whether the next pass must scan it all the same
        int cleanStart = 0;
        boolean cleanDirty = false;
        int region = 0;
        int regionStart = scan.size() == 0 ? text.length() : scan.start(0);
        candidates.region(regionStart, scan.size() == 0 ? text.length() : scan.end(0));
        boolean toEnd = false;
        while (true) {
            Candidate candidate = candidates.next(Math.max(pos, regionStart));
            if (candidate == null) {
                if (budget.exhausted() && !toEnd) {
                    // the straightforward pass would stop at the next candidate anywhere, scanned or not
                    candidates.extendToEnd();
                    toEnd = true;
                    continue;
                }
                if (toEnd || ++region >= scan.size()) {
                    break;
                }
                regionStart = scan.start(region);
                candidates.region(regionStart, scan.end(region));
                continue;
            }
            if (budget.exhausted()) {
                budget.truncate("limit of " + budget.maxItems() + " items or " + budget.maxBytes()
                        + " decoded bytes reached; the rest is left encoded");
                break;
            }
            boolean sticky = candidate.match() < pos;
            pos = candidate.end();
            Kind kind = candidate.kind();
            String original = text.substring(candidate.start(), candidate.end());
            Map<String, Object> met = seenByKind.get(kind.ordinal());
            Object known = met.get(original);
            Fragment earlier = known instanceof Fragment f && f.depth == depth ? f : null;
            List<Named> results = null;
            if (earlier == null && known != UNDECODABLE) {
                fragments++;
                results = decode(kind, original, prefix, depth, fragments);
                if (results == null) {
                    met.put(original, UNDECODABLE);
                } else {
                    decoded++;
                }
            }
            if (earlier == null && results == null) {
                cleanDirty |= sticky;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + text.length() / 2 + 64);
            }
            out.append(text, copied, candidate.start());
            copied = candidate.end();
            if (cleanDirty) {
                changed.add(cleanStart, out.length());
            }
            int fragmentStart = out.length();
            Fragment fragment;
            if (earlier != null) {
                // identical candidates get the same rendering, as Python's str.replace gives them
                out.append(out.substring(earlier.start, earlier.end));
                fragment = earlier;
            } else {
                // rendered straight into the output: no string per rendering to copy again
                int[] hexPairs = render(out, results, prefix, depth, fragments);
                fragment = new Fragment(depth, fragmentStart, out.length(), hexPairs);
                met.put(original, fragment);
            }
            // the next pass scans the rendering, but not the hex pairs of a binary: no candidate can be in them
            int scanFrom = fragmentStart;
            for (int i = 0; i < fragment.hexPairs.length; i += 2) {
                changed.add(scanFrom, fragmentStart + fragment.hexPairs[i]);
                scanFrom = fragmentStart + fragment.hexPairs[i + 1];
            }
            changed.add(scanFrom, out.length());
            cleanStart = out.length();
            cleanDirty = copied < text.length() && (text.charAt(copied) == '-' || text.charAt(copied) == '/');
        }
        if (out == null) {
            return new Pass(text, decoded, fragments, changed);
        }
        out.append(text, copied, text.length());
        if (cleanDirty) {
            changed.add(cleanStart, out.length());
        }
        return new Pass(out.toString(), decoded, fragments, changed);
    }

    /** A named decoding: MSTICPy's dictionary key ({@code [type]} or {@code [type] Filename: name}) and its item. */
    private record Named(String name, DecodedItem item) {}

    /**
     * Where a rendering is in the output of the pass of {@code depth}, and where in it (offsets from its start) the hex pairs of binaries
     * are: a '>' before them and a '<' after them, they hold only hex digits and single spaces, so no candidate is in
     * them or crosses them.
     */
    private record Fragment(int depth, int start, int end, int[] hexPairs) {}

    /** The items a candidate decodes into, or null when it does not decode. */
    private @Nullable List<Named> decode(Kind kind, String original, String prefix, int depth, int index) {
        List<String> reference = List.of(prefix, depth + ".", String.valueOf(index));
        List<Named> results = switch (kind) {
            case POWERSHELL -> powershell(reference, original);
            case URL -> url(reference, original);
            case BASE64 -> base64OrHex(reference, original);
        };
        return results == null || results.isEmpty() ? null : results;
    }

    /** Appends the rendering of a candidate's items to {@code out}; returns the hex pairs' offsets in it. */
    private static int[] render(StringBuilder out, List<Named> results, String prefix, int depth, int index) {
        int start = out.length();
        int[] hexPairs = new int[0];
        if (results.size() == 1) {
            Named only = results.get(0);
            hexPairs = render(out, only.name, only.item, prefix, depth, String.valueOf(index), hexPairs);
        } else {
            out.append("<decoded value='multiple binary' type='multiple' index='")
                    .append(prefix).append(index).append("' depth='").append(depth).append("'>");
            for (int i = 0; i < results.size(); i++) {
                Named child = results.get(i);
                hexPairs = render(out, child.name, child.item, prefix, depth + 1, prefix + index + "." + (i + 1),
                        hexPairs);
            }
            out.append("</decoded>");
        }
        for (int i = 0; i < hexPairs.length; i++) {
            hexPairs[i] -= start;
        }
        return hexPairs;
    }

    /** Appends an item's rendering to {@code out}; returns {@code hexPairs} with the span of its hex pairs added. */
    private static int[] render(StringBuilder out, String name, DecodedItem item, String prefix, int depth,
            String index, int[] hexPairs) {
        if (item.decodedString() != null) {
            out.append("<decoded type='string' name='").append(name).append("' index='").append(prefix).append(index)
                    .append("' depth='").append(depth).append("'>").append(item.decodedString()).append("</decoded>");
            return hexPairs;
        }
        out.append("<decoded value='binary'  name='").append(name).append("' type='").append(pythonStr(item.fileType()))
                .append("' index='").append(prefix).append(index).append("' depth='").append(depth).append("'>");
        int start = out.length();
        out.append(item.printableBytes());
        int[] spans = java.util.Arrays.copyOf(hexPairs, hexPairs.length + 2);
        spans[hexPairs.length] = start;
        spans[hexPairs.length + 1] = out.length();
        out.append("</decoded>");
        return spans;
    }

    /** Only a UTF-16LE text counts: {@code grep -e word} must not become a binary item. */
    private @Nullable List<Named> powershell(List<String> reference, String original) {
        byte[] bytes = Codecs.base64(original, 0, original.length());
        if (bytes == null || Codecs.utf16le(bytes) == null) {
            return null;
        }
        return single(reference, original, bytes, "powershell");
    }

    private @Nullable List<Named> url(List<String> reference, String original) {
        byte[] bytes = Codecs.urlDecode(original, 0, original.length());
        String text = Codecs.utf8(bytes);
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
            String text = Codecs.utf8(hex);
            String hexType = FileTypes.detect(hex).orElse(null);
            if ((text != null && Codecs.isMostlyPrintable(text)) || hexType != null) {
                return single(reference, original, hex, hexType, "hex");
            }
        }
        if ((long) original.length() * 3 / 4 > budget.remainingBytes()) {
            budget.truncate("decoded size limit of " + budget.maxBytes() + " bytes reached; a "
                    + original.length() + "-character candidate was left encoded");
            return null;
        }
        byte[] bytes = Codecs.base64(original, 0, original.length());
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        String type = FileTypes.detect(bytes).orElse(null);
        if (Archives.isArchive(type)) {
            budget.useBytes(bytes.length);
            Archives.Extraction extraction = Archives.extract(type, bytes, budget, gzip);
            if (extraction.problem() != null) {
                budget.truncate(extraction.problem());
            }
            if (!extraction.members().isEmpty()) {
                List<Named> members = new ArrayList<>();
                for (Archives.Member member : extraction.members()) {
                    DecodedItem item = item(reference, original, member.name(), type, member.bytes(),
                            FileTypes.detect(member.bytes()).orElse(null), "base64", member.truncated());
                    members.add(new Named("[" + type + "] Filename: " + member.name(), item));
                }
                return members;
            }
        }
        return single(reference, original, bytes, type, "base64");
    }

    private @Nullable List<Named> single(List<String> reference, String original, byte @Nullable [] bytes,
            String decoder) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        return single(reference, original, bytes, FileTypes.detect(bytes).orElse(null), decoder);
    }

    /** One item of non-empty {@code bytes}, whose detected type is {@code type}. */
    private List<Named> single(List<String> reference, String original, byte[] bytes, @Nullable String type,
            String decoder) {
        budget.useBytes(bytes.length);
        DecodedItem item = item(reference, original, "unknown", type, bytes, type, decoder, false);
        return List.of(new Named("[" + (decoder.equals("base64") ? pythonStr(type) : decoder) + "]", item));
    }

    /** How MSTICPy's f-strings show a missing type. */
    private static String pythonStr(@Nullable String value) {
        return value == null ? "None" : value;
    }

    /** An item; {@code bytesType} is the detected type of {@code bytes} (an archive member's own, not the archive's). */
    private DecodedItem item(List<String> reference, String original, String fileName, @Nullable String fileType,
            byte[] bytes, @Nullable String bytesType, String decoder, boolean truncated) {
        budget.useItem();
        String text;
        String encoding;
        if (decoder.equals("powershell") || Codecs.looksUtf16le(bytes)) {
            text = Codecs.utf16le(bytes);
            encoding = "utf-16";
            if (text == null && !decoder.equals("powershell")) {
                text = Codecs.utf8(bytes);
                encoding = "utf-8";
            }
        } else if (bytesType != null && !bytesType.equals("pdf")) {
            // a known file format is shown as bytes even when its bytes happen to be valid UTF-8 (MSTICPy shows text)
            text = null;
            encoding = "binary";
        } else {
            text = Codecs.utf8(bytes);
            encoding = "utf-8";
        }
        if (text == null) {
            encoding = "binary";
        }
        DecodedItem item = new DecodedItem(reference, original, fileName, fileType, bytes, text, encoding, decoder,
                truncated);
        items.add(item);
        hashing.produced(items);
        return item;
    }

}
