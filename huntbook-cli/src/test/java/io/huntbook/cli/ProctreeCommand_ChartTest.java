package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huntbook proctree FILE -o tree.html|png|svg}: an encoded PowerShell shows under the process that started it. */
class ProctreeCommand_ChartTest {
    static final String ENCODED = "powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA";
    static final String EVENTS = "TimeGenerated,Computer,EventID,NewProcessName,NewProcessId,ProcessId,"
            + "ParentProcessName,CommandLine,SubjectUserName,SubjectLogonId,TargetLogonId,SubjectUserSid\n"
            + "2026-11-20T10:00:00Z,WS01,4688,C:\\Windows\\explorer.exe,0x1000,0x4,C:\\Windows\\System32\\userinit.exe,"
            + "explorer.exe,alice,0x3e7,0x0,S-1-5-21-1\n"
            + "2026-11-20T10:01:00Z,WS01,4688,C:\\Windows\\System32\\cmd.exe,0x1100,0x1000,C:\\Windows\\explorer.exe,"
            + "cmd.exe /c start,alice,0x3e7,0x0,S-1-5-21-1\n"
            + "2026-11-20T10:01:05Z,WS01,4688,C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe,0x1200,"
            + "0x1100,C:\\Windows\\System32\\cmd.exe,\"" + ENCODED + "\",alice,0x3e7,0x0,S-1-5-21-1\n"
            + "2026-11-20T10:02:00Z,WS01,4688,C:\\Windows\\System32\\svchost.exe,0x2000,0x4,C:\\Windows\\System32\\"
            + "services.exe,\"svchost.exe -k <script>alert(1)</script>\",SYSTEM,0x3e7,0x0,S-1-5-18\n";

    @TempDir
    Path dir;

    @Test
    void theEncodedPowerShellHangsUnderItsParent() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), EVENTS);
        Path out = dir.resolve("tree.json");
        CliRun run = CliRun.of("proctree", events.toString(), "-o", out.toString(), "--pid-format", "hex");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        JsonNode nodes = new ObjectMapper().readTree(out.toFile()).get("nodes");
        int powershell = -1;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).get("label").asText().equals("powershell.exe [0x1200]")) {
                powershell = i;
            }
        }
        assertThat(powershell).as("the PowerShell node").isNotNegative();
        JsonNode node = nodes.get(powershell);
        assertThat(node.get("tip").asText()).contains("Command line: " + ENCODED).contains("Account: alice")
                .contains("Time: 2026-11-20T10:01:05Z");
        JsonNode parent = nodes.get(node.get("parent").asInt());
        assertThat(parent.get("label").asText()).isEqualTo("cmd.exe [0x1100]");
        assertThat(nodes.get(parent.get("parent").asInt()).get("label").asText()).isEqualTo("explorer.exe [0x1000]");
    }

    @Test
    void treesDrawAsPageImageAndSvg() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), EVENTS);
        for (String name : new String[] {"tree.html", "tree.png", "tree.svg"}) {
            Path out = dir.resolve(name);
            CliRun run = CliRun.of("proctree", events.toString(), "-o", out.toString(), "--color-by", "Computer");
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        assertThat(ImageIO.read(dir.resolve("tree.png").toFile()).getWidth()).isEqualTo(960);
        assertThat(Files.readString(dir.resolve("tree.svg"))).contains(">powershell.exe [4608]<");
        var page = Jsoup.parse(Files.readString(dir.resolve("tree.html")));
        assertThat(page.select("script")).hasSize(3);
        assertThat(page.html()).doesNotContain("<script>alert(1)");
    }

    @Test
    void chartOptionsWithoutOutputAreRefused() throws Exception {
        Path events = Files.writeString(dir.resolve("events.csv"), EVENTS);
        CliRun run = CliRun.of("proctree", events.toString(), "--pid-format", "hex");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("add -o tree.html");
        CliRun badFormat = CliRun.of("proctree", events.toString(), "-o", dir.resolve("t.svg").toString(),
                "--pid-format", "octal");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(dir.resolve("t.svg")).doesNotExist();
    }
}
