package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.files.NotebookFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A notebook named on the command line: a file, or {@code -} for standard input. Its format is {@code --from} when
 * given, else the file's extension; standard input without {@code --from} is taken as {@code .ipynb} when it starts
 * with a JSON object.
 */
record NotebookInput(String name, byte[] content, NotebookFormat format) {
    static NotebookInput open(String argument, @Nullable String from, InputStream stdin) throws IOException {
        NotebookFormat given = from == null ? null : NotebookFormat.parse(from);
        if (argument.equals("-")) {
            byte[] content = stdin.readAllBytes();
            NotebookFormat format = given != null ? given : sniff(content);
            return new NotebookInput("-", content, format);
        }
        Path file = Path.of(argument);
        NotebookFormat format = given != null ? given : NotebookFiles.formatOf(file);
        return new NotebookInput(argument, Files.readAllBytes(file), format);
    }

    private static NotebookFormat sniff(byte[] content) {
        for (byte b : content) {
            if (b == '{') {
                return NotebookFormat.IPYNB;
            }
            if (!Character.isWhitespace(b) && (b & 0xff) != 0xEF && (b & 0xff) != 0xBB && (b & 0xff) != 0xBF) {
                break;
            }
        }
        throw new BadInputException("-: cannot tell the notebook format of standard input: give --from "
                + NotebookFormat.names().replace(", ", "|"));
    }
}
