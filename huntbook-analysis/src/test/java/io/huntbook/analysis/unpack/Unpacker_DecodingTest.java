package io.huntbook.analysis.unpack;

import static io.huntbook.analysis.unpack.Fixtures.b64;
import static io.huntbook.analysis.unpack.Fixtures.members;
import static io.huntbook.analysis.unpack.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

class Unpacker_DecodingTest {
    private final Unpacker unpacker = Unpacker.standard();

    @Test
    void base64TextIsReplacedByItsDecodingWithMsticpyMarkers() {
        String encoded = b64("powershell.exe -nop -w hidden -c IEX (New-Object Net.WebClient)");
        UnpackResult result = unpacker.unpack("cmd /c " + encoded + " end");

        assertThat(result.items()).hasSize(1);
        DecodedItem item = result.items().get(0);
        assertThat(item.decodedString()).isEqualTo("powershell.exe -nop -w hidden -c IEX (New-Object Net.WebClient)");
        assertThat(item.encodingType()).isEqualTo("utf-8");
        assertThat(item.fileName()).isEqualTo("unknown");
        assertThat(item.reference()).containsExactly("", "1.", "1");
        assertThat(item.originalString()).isEqualTo(encoded);
        assertThat(result.decoded()).isEqualTo("cmd /c <decoded type='string' name='[None]' index='1' depth='1'>"
                + "powershell.exe -nop -w hidden -c IEX (New-Object Net.WebClient)</decoded> end");
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void everyItemCarriesItsThreeHashes() throws Exception {
        byte[] content = utf8("a reasonably long secret message for hashing purposes");
        DecodedItem item = unpacker.unpack(b64(content)).items().get(0);
        assertThat(item.md5()).isEqualTo(hex("MD5", content));
        assertThat(item.sha1()).isEqualTo(hex("SHA-1", content));
        assertThat(item.sha256()).isEqualTo(hex("SHA-256", content));
        assertThat(item.fileHashes()).containsOnlyKeys("md5", "sha1", "sha256");
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("md5", item.md5());
        expected.put("sha1", item.sha1());
        expected.put("sha256", item.sha256());
        // the order MSTICPy's dictionary has, and what tables and JSON show
        assertThat(item.fileHashes()).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(item.fileHashes().keySet()).containsExactly("md5", "sha1", "sha256");
        assertThat(item.fileHashes()).hasToString(expected.toString());
        assertThat(item.fileHashes().get("sha1")).isEqualTo(item.sha1());
        assertThat(item.fileHashes().get("crc32")).isNull();
    }

    @Test
    void shortRunsAndInvalidPaddingAreLeftAlone() {
        assertThat(unpacker.unpack("short " + b64("tiny")).items()).isEmpty();
        // 31 data characters: one more than a multiple of four cannot be base64 (Python refuses it too)
        String odd = "A".repeat(29) + "BC";
        UnpackResult result = unpacker.unpack("x " + odd + " y");
        assertThat(result.items()).isEmpty();
        assertThat(result.decoded()).isEqualTo("x " + odd + " y");
    }

    @Test
    void nestedEncodingIsDecodedOneLevelDeeper() {
        String inner = b64("the innermost command line of this test");
        String outer = b64("echo " + inner + " | run");
        UnpackResult result = unpacker.unpack(outer);

        assertThat(result.items()).extracting(DecodedItem::decodedString)
                .containsExactly("echo " + inner + " | run", "the innermost command line of this test");
        assertThat(result.items().get(1).reference()).containsExactly("1.", "2.", "1");
        assertThat(result.decoded()).contains("depth='2'>the innermost command line of this test</decoded>");
    }

    @Test
    void powershellEncodedCommandIsReadAsUtf16() {
        String script = "Write-Host 'hello'; Get-Process";
        String encoded = b64(script.getBytes(StandardCharsets.UTF_16LE));
        for (String flag : List.of("-EncodedCommand", "-enc", "-e", "-EncodedC", "-ec")) {
            UnpackResult result = unpacker.unpack("powershell.exe -NoProfile " + flag + " " + encoded);
            assertThat(result.items()).as(flag).hasSize(1);
            assertThat(result.items().get(0).decodedString()).as(flag).isEqualTo(script);
            assertThat(result.items().get(0).encodingType()).isEqualTo("utf-16");
            assertThat(result.decoded()).as(flag).startsWith("powershell.exe -NoProfile " + flag + " <decoded");
        }
    }

    @Test
    void hexRunsThatSpellTextAreDecodedButHashesAreNot() {
        String text = "http://198.51.100.7/payload.ps1";
        String hex = HexFormat.of().formatHex(utf8(text));
        UnpackResult result = unpacker.unpack("arg " + hex);
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.decodedString()).isEqualTo(text);
            assertThat(item.decoder()).isEqualTo("hex");
        });
        assertThat(result.decoded()).contains("name='[hex]'");
    }

    @Test
    void urlEncodedTokensAreDecoded() {
        UnpackResult result = unpacker.unpack("GET /q?cmd=%70%6F%77%65%72shell%20-c%20whoami HTTP/1.1");
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.decodedString()).isEqualTo("/q?cmd=powershell -c whoami");
            assertThat(item.decoder()).isEqualTo("url");
        });
    }

    @Test
    void zipTarAndGzipAreUnpackedIntoTheirMembers() {
        var files = members("one.txt", "first member text", "two.txt", "second member text");
        for (var archive : List.of(
                new Object[] {"zip", Fixtures.zip(files)}, new Object[] {"tar", Fixtures.tar(files)})) {
            UnpackResult result = unpacker.unpack("blob: " + b64((byte[]) archive[1]));
            assertThat(result.items()).as((String) archive[0]).extracting(DecodedItem::fileName)
                    .containsExactly("one.txt", "two.txt");
            assertThat(result.items()).extracting(DecodedItem::fileType).containsOnly((String) archive[0]);
            assertThat(result.items()).extracting(DecodedItem::decodedString)
                    .containsExactly("first member text", "second member text");
            assertThat(result.decoded()).contains("<decoded value='multiple binary' type='multiple' index='1'")
                    .contains("name='[" + archive[0] + "] Filename: two.txt' index='1.2' depth='2'");
        }
        UnpackResult gz = unpacker.unpack(b64(Fixtures.gzip(utf8("gzipped text inside"))));
        assertThat(gz.items()).singleElement().satisfies(item -> {
            assertThat(item.fileName()).isEqualTo("gzip_file");
            assertThat(item.fileType()).isEqualTo("gz");
            assertThat(item.decodedString()).isEqualTo("gzipped text inside");
        });
    }

    @Test
    void binariesAreTypedAndShownAsPrintableBytes() {
        byte[] pdf = utf8("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        pdf[12] = (byte) 0xE2;
        DecodedItem item = unpacker.unpack(b64(pdf)).items().get(0);
        assertThat(item.fileType()).isEqualTo("pdf");
        byte[] elf = new byte[64];
        elf[0] = 0x7F;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        DecodedItem elfItem = unpacker.unpack(b64(elf)).items().get(0);
        assertThat(elfItem.fileType()).isEqualTo("elf");
        assertThat(elfItem.encodingType()).isEqualTo("binary");
        assertThat(elfItem.decodedString()).isNull();
        assertThat(elfItem.printableBytes()).startsWith("7f 45 4c 46 00");
        assertThat(unpacker.unpack(b64(elf)).decoded()).startsWith("<decoded value='binary'  name='[elf]' type='elf'");
    }

    @Test
    void frameHasMsticpysTwelveColumns() {
        DataFrame frame = unpacker.unpack(b64("some text that is long enough to be found")).frame();
        assertThat(frame.getColumnsIndex().toArray()).containsExactly("reference", "original_string", "file_name",
                "file_type", "input_bytes", "decoded_string", "encoding_type", "file_hashes", "md5", "sha1",
                "sha256", "printable_bytes");
        assertThat(frame.height()).isEqualTo(1);
    }

    @Test
    void tableModeAddsSourceIndexAndColumn() {
        DataFrame input = DataFrame.byArrayRow("CommandLine").appender()
                .append("nothing here").append("run " + b64("decoded from the second row of the table")).toDataFrame();
        Unpacker.TableResult table = unpacker.unpack(input, "CommandLine");
        assertThat(table.frame().getColumnsIndex().toArray()).contains("src_index", "CommandLine",
                "full_decoded_string");
        assertThat(table.frame().height()).isEqualTo(1);
        assertThat(table.frame().getColumn("src_index").get(0)).isEqualTo(1);
        assertThat(table.frame().getColumn("decoded_string").get(0))
                .isEqualTo("decoded from the second row of the table");
    }

    private static String hex(String algorithm, byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
    }
}
