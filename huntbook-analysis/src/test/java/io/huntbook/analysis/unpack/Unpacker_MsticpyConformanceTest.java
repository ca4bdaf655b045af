package io.huntbook.analysis.unpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

@ConformanceTest
class Unpacker_MsticpyConformanceTest {

    @Test
    void base64msgUnpacksIntoEightItemsAsMsticpy() throws Exception {
        String text = Files.readString(TestData.path("msticpy/data/base64msg.txt"));
        UnpackResult result = Unpacker.standard().unpack(text);

        assertThat(result.frame().height()).isEqualTo(8);
        assertThat(result.frame().width()).isEqualTo(12);
        assertThat(result.items()).extracting(DecodedItem::fileName).containsExactly("dllenc.txt", "txtenc.txt",
                "txtenc.txt.gz", "dllenc.txt", "txtenc.txt", "txtenc.txt.gz", "unknown", "unknown");
        assertThat(result.items()).extracting(DecodedItem::fileType).containsExactly("tar", "tar", "tar", "zip",
                "zip", "zip", null, null);
        assertThat(result.items()).extracting(i -> String.join("|", i.reference())).containsExactly(
                "|1.|1", "|1.|1", "|1.|1", "|1.|2", "|1.|2", "|1.|2", "2.|2.|1", "2.|2.|2");
        assertThat(result.items().get(0).md5()).isEqualTo("9fd687fb66a85f89cc413728a179fb0d");
        assertThat(result.items().get(2).md5()).isEqualTo("709ca834c405231a89d0c7c9d732fc98");
        assertThat(result.items().get(6).md5()).isEqualTo("69fbfeacd07be73e29b7786f663aba07");
        assertThat(result.decoded()).startsWith("There should be a tar file here:<decoded value='multiple binary' "
                + "type='multiple' index='1' depth='1'><decoded type='string' name='[tar] Filename: dllenc.txt' "
                + "index='1.1' depth='2'>-----BEGIN CERTIFICATE-----<decoded value='binary'  name='[None]' "
                + "type='None' index='2.1' depth='2'>3e 7b f4 bf").endsWith("</decoded>And this is the end.");
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void base64TextInZipGivesTheMemberAndItsUtf16Content() throws Exception {
        String text = Files.readString(TestData.path("msticpy/data/b64text_inzip.txt"));
        UnpackResult result = Unpacker.standard().unpack(text);
        assertThat(result.items()).hasSize(2);
        assertThat(result.items().get(0).fileName()).isEqualTo("txtenc.txt");
        assertThat(result.items().get(1).decodedString()).isEqualTo("text\r\nfile\r\n");
        assertThat(result.items().get(1).encodingType()).isEqualTo("utf-16");
    }
}
