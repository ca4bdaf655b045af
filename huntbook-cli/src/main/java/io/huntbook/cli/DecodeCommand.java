package io.huntbook.cli;

import io.huntbook.analysis.unpack.UnpackResult;
import io.huntbook.analysis.unpack.Unpacker;
import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook decode FILE|-}: finds and decodes encoded content (base64, PowerShell {@code -enc}, hex, URL,
 * gzip/zip/tar) in a text, recursively, and prints one row per decoded item with MSTICPy's unpack columns.
 */
@Command(name = "decode", description = "Decode base64, PowerShell -enc, hex, URL encoding and archives in a text, "
        + "recursively; one row per decoded item (MSTICPy's unpack columns).")
final class DecodeCommand extends Subcommand {
    /** Larger inputs are refused rather than risking the heap; split them. */
    private static final long MAX_INPUT = 512L << 20;

    @Parameters(index = "0", paramLabel = "FILE|-", description = "Text file to scan, or - for standard input.")
    String input;

    @Option(names = "--decoded", description = "Print the whole text with <decoded ...> markers instead of rows.")
    boolean decoded;

    @Option(names = "--max-depth", paramLabel = "N", description = "Nesting levels to decode (default: 20).")
    int maxDepth = 20;

    @Option(names = "--max-items", paramLabel = "N", description = "Decoded items at most (default: 10000).")
    int maxItems = 10_000;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Decoded bytes at most (default: 67108864).")
    long maxBytes = 64L << 20;

    @Override
    protected int execute() throws Exception {
        String text = readText();
        Unpacker unpacker;
        try {
            unpacker = Unpacker.builder().maxDepth(maxDepth).maxItems(maxItems).maxTotalBytes(maxBytes).build();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        UnpackResult result = unpacker.unpack(text);
        if (decoded) {
            terminal().out().print(result.decoded());
            terminal().out().flush();
        } else {
            output().table(result.frame());
        }
        for (String warning : result.warnings()) {
            terminal().warn(warning);
        }
        if (!global().quiet()) {
            terminal().progress(result.items().size() + " decoded item(s)" + (result.truncated() ? " (truncated)" : ""));
        }
        return result.truncated() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The input as text; invalid UTF-8 is replaced (U+FFFD) with a warning, so binary input still gets scanned. */
    private String readText() throws IOException {
        byte[] bytes;
        if (input.equals("-")) {
            bytes = readLimited(System.in);
        } else {
            Path path = Path.of(input);
            if (!Files.isRegularFile(path)) {
                throw new BadInputException("no such file: " + input + " (give a text file, or - for standard input)");
            }
            if (Files.size(path) > MAX_INPUT) {
                throw new BadInputException(input + " is larger than " + (MAX_INPUT >> 20)
                        + " MiB: split it and decode the parts");
            }
            bytes = Files.readAllBytes(path);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            terminal().warn("the input is not valid UTF-8; invalid bytes were replaced by U+FFFD");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INPUT + 1));
        if (bytes.length > MAX_INPUT) {
            throw new BadInputException("standard input is larger than " + (MAX_INPUT >> 20)
                    + " MiB: split it and decode the parts");
        }
        return bytes;
    }

}
