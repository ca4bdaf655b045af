package io.huntbook.core.table;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tables_BadInputTest {
    @TempDir
    Path dir;

    @Test
    void missingFileSaysSo() {
        Path file = dir.resolve("nope.csv");
        assertThatThrownBy(() -> Tables.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage("no such file: " + file);
    }

    @Test
    void unknownExtensionListsTheKnownOnes() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "a,b\n");
        assertThatThrownBy(() -> Tables.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot tell the format of " + file)
                .hasMessageContaining(".csv, .tsv, .json, .jsonl")
                .hasMessageContaining("--input-format");
    }

    @Test
    void malformedJsonLineIsNamedByItsNumber() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"a\":1}\n{\"a\":2}\n{\"a\":3,,}\n{\"a\":4}\n");
        assertThatThrownBy(() -> Tables.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": malformed JSON at line 3:")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aRecordThatIsNotAnObjectIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"a\":1}\n42\n");
        assertThatThrownBy(() -> Tables.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage(file + ": line 2: expected a JSON object (one record), found a number:"
                        + " each record must be an object");
    }

    @Test
    void csvRowWithTooManyFieldsIsNamedByItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n\"x\ny\",2\n1,2,3\n");
        assertThatThrownBy(() -> Tables.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": line 5: 3 fields where the header has 2");
    }

    @Test
    void unclosedQuoteNamesTheLineWhereTheRecordStarts() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n3,\"open\n4,5\n");
        assertThatThrownBy(() -> Tables.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 3: a quoted field is not closed");
    }

    @Test
    void invalidUtf8IsRefused() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {'a', '\n', (byte) 0xE9, 't', 'e', '\n'});
        assertThatThrownBy(() -> Tables.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void parquetWithoutItsModuleSaysWhichModuleProvidesIt() throws IOException {
        Path file = Files.write(dir.resolve("data.parquet"), new byte[] {'P', 'A', 'R', '1'});
        assertThatThrownBy(() -> Tables.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("huntbook-data");
    }

    @Test
    void zipWithoutJsonOrNotAZip() throws IOException {
        Path zip = dir.resolve("x.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write('x');
            z.closeEntry();
        }
        assertThatThrownBy(() -> Tables.read(zip)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("holds no .json file");
    }

    @Test
    void badIdValueNamesColumnAndRow() throws IOException {
        Path file = Files.writeString(dir.resolve("p.csv"), "PID\n4\nsystem\n");
        assertThatThrownBy(() -> Tables.read(file, ReadOptions.defaults().withIdColumns("PID")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("column PID, row 2: not an id: 'system'");
        assertThatThrownBy(() -> Tables.read(file, ReadOptions.defaults().withIdColumns("ProcessId")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no column 'ProcessId'");
    }

    @Test
    void unknownInputFormatName() {
        assertThatThrownBy(() -> InputFormat.parse("xlsx")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown input format 'xlsx'");
    }
}
