package io.huntbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tables_CsvTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void pandasExportWithRowIndexAndBomGivesTypedColumns() throws IOException {
        Path file = write("logons.csv", "\uFEFF,Account,EventID,TimeGenerated,Elevated,Score,LogonId\r\n"
                + "0,MSTICAlertsWin1\\MSTICAdmin,4624,2019-01-15 05:15:02.980,True,0.5,0xfaac27\r\n"
                + "1,\"Smith, John\",4625,2019-01-15T06:00:00Z,False,2,0x3e7\r\n");
        DataFrame frame = Tables.read(file);

        assertThat(frame.getColumnsIndex().toArray())
                .containsExactly("Account", "EventID", "TimeGenerated", "Elevated", "Score", "LogonId");
        assertThat(frame.getColumn("Account").get(1)).isEqualTo("Smith, John");
        assertThat(frame.getColumn("EventID").get(0)).isEqualTo(4624L);
        assertThat(frame.getColumn("TimeGenerated").get(0)).isEqualTo(Instant.parse("2019-01-15T05:15:02.980Z"));
        assertThat(frame.getColumn("TimeGenerated").get(1)).isEqualTo(Instant.parse("2019-01-15T06:00:00Z"));
        assertThat(frame.getColumn("Elevated").get(0)).isEqualTo(true);
        assertThat(frame.getColumn("Score").get(1)).isEqualTo(2.0);
        assertThat(frame.getColumn("LogonId").get(1)).isEqualTo("0x3e7");
    }

    @Test
    void quotedFieldsMayHoldQuotesSeparatorsAndLineBreaks() throws IOException {
        Path file = write("cmd.csv", "CommandLine,Host\n\"\"\"C:\\a b\\x.exe\"\" -c \"\"1,2\"\"\nnext line\",h1\n");
        DataFrame frame = Tables.read(file);
        assertThat(frame.height()).isEqualTo(1);
        assertThat(frame.getColumn("CommandLine").get(0)).isEqualTo("\"C:\\a b\\x.exe\" -c \"1,2\"\nnext line");
        assertThat(frame.getColumn("Host").get(0)).isEqualTo("h1");
    }

    @Test
    void emptyCellsAreMissingAndMixedColumnsStayText() throws IOException {
        Path file = write("t.csv", "PID,ExitTime,Note\n4,N/A,\n,2021-04-01 05:04:58.000000 ,x\n\n88,N/A,y\n");
        DataFrame frame = Tables.read(file);
        assertThat(frame.height()).isEqualTo(3);
        assertThat(frame.getColumn("PID").get(0)).isEqualTo(4L);
        assertThat(frame.getColumn("PID").get(1)).isNull();
        assertThat(frame.getColumn("ExitTime").get(1)).isEqualTo("2021-04-01 05:04:58.000000 ");
        assertThat(frame.getColumn("Note").get(0)).isNull();
    }

    @Test
    void paddedTimestampsWithoutOffsetAreUtc() throws IOException {
        Path file = write("t.csv", "CreateTime\n2021-04-01 05:04:58.000000 \n2021-04-01 05:05:00+02:00\n2021-04-02\n");
        DataFrame frame = Tables.read(file);
        assertThat(frame.getColumn("CreateTime").toList()).containsExactly(
                Instant.parse("2021-04-01T05:04:58Z"), Instant.parse("2021-04-01T03:05:00Z"),
                Instant.parse("2021-04-02T00:00:00Z"));
    }

    @Test
    void idColumnsAcceptDecimalHexAndIntegralFloats() throws IOException {
        Path file = write("p.csv", "NewProcessId,ProcessId,Name\n0x1610,22536.0,a\n5648,0x888,b\n,4.0,c\n");
        DataFrame frame = Tables.read(file, ReadOptions.defaults().withIdColumns("NewProcessId", "ProcessId"));
        assertThat(frame.getColumn("NewProcessId").toList()).containsExactly(0x1610L, 5648L, null);
        assertThat(frame.getColumn("ProcessId").toList()).containsExactly(22536L, 0x888L, 4L);
    }

    @Test
    void tsvAndExplicitFormatOverride() throws IOException {
        Path tsv = write("a.tsv", "a\tb\n1\tx y\n");
        assertThat(Tables.read(tsv).getColumn("b").get(0)).isEqualTo("x y");
        Path txt = write("a.txt", "a,b\n1,2\n");
        DataFrame frame = Tables.read(txt, ReadOptions.defaults().withFormat(InputFormat.parse("csv")));
        assertThat(frame.getColumn("b").get(0)).isEqualTo(2L);
    }

    @Test
    void blankAndRepeatedHeadersAreNamedAsPandasNamesThem() throws IOException {
        Path file = write("h.csv", "a,,a\n1,2,3\n");
        assertThat(Tables.read(file).getColumnsIndex().toArray()).containsExactly("a", "Unnamed: 1", "a.1");
    }

    @Test
    void headerOnlyAndEmptyFiles() throws IOException {
        assertThat(Tables.read(write("h.csv", "a,b\n")).height()).isZero();
        assertThat(Tables.read(write("h.csv", "a,b\n")).getColumnsIndex().toArray()).containsExactly("a", "b");
        assertThat(Tables.read(write("e.csv", "")).width()).isZero();
    }

    @Test
    void streamsAreReadWithTheFormatOfTheirNameOrTheOneGiven() {
        byte[] csv = "a,when\n1,2024-05-01 10:00:00\n".getBytes(StandardCharsets.UTF_8);
        DataFrame frame = Tables.read(new java.io.ByteArrayInputStream(csv), "sample/logons.csv", ReadOptions.defaults());
        assertThat(frame.getColumn("when").get(0)).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        byte[] lines = "{\"a\": 1}\n".getBytes(StandardCharsets.UTF_8);
        DataFrame json = Tables.read(new java.io.ByteArrayInputStream(lines), "-",
                ReadOptions.defaults().withFormat(InputFormat.JSONL));
        assertThat(json.getColumn("a").get(0)).isEqualTo(1L);
    }

    @Test
    void hugeIntegersStayTextSoNoDigitIsLost() throws IOException {
        Path file = write("big.csv", "id\n123456789012345678901234567890\n1\n");
        assertThat(Tables.read(file).getColumn("id").get(0)).isEqualTo("123456789012345678901234567890");
    }
}
