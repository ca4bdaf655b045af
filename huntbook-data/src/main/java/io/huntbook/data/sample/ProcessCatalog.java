package io.huntbook.data.sample;

import java.util.List;

/**
 * The ordinary processes of Contoso's hosts: what starts them, their command lines and how often they run. The
 * weights are relative within a host kind; {@code %u} is the user's name, {@code %d} a small number.
 */
final class ProcessCatalog {
    private ProcessCatalog() {}

    /** Where a template runs. */
    enum Where { WORKSTATION, SERVER, SQL01, WEB01, ANY }

    /**
     * A kind of process start. {@code user} ones run in the user's session (parent explorer.exe unless stated),
     * the others as SYSTEM; {@code children} start from it a moment later.
     */
    record Template(Where where, boolean user, String parent, String image, List<String> commandLines, double weight,
            List<Template> children, int maxChildren) {
        String fileName() {
            return image.substring(image.lastIndexOf('\\') + 1);
        }
    }

    static final String SYSTEM32 = "C:\\Windows\\System32\\";
    static final String EXPLORER = "C:\\Windows\\explorer.exe";
    static final String SERVICES = SYSTEM32 + "services.exe";
    static final String SVCHOST = SYSTEM32 + "svchost.exe";
    static final String WININIT = SYSTEM32 + "wininit.exe";
    static final String WINLOGON = SYSTEM32 + "winlogon.exe";
    static final String USERINIT = SYSTEM32 + "userinit.exe";
    static final String LSASS = SYSTEM32 + "lsass.exe";
    static final String CMD = SYSTEM32 + "cmd.exe";
    static final String CONHOST = SYSTEM32 + "conhost.exe";
    static final String POWERSHELL = SYSTEM32 + "WindowsPowerShell\\v1.0\\powershell.exe";
    static final String CCMEXEC = "C:\\Windows\\CCM\\CcmExec.exe";
    static final String W3WP = SYSTEM32 + "inetsrv\\w3wp.exe";
    static final String SQLSERVR = "C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\sqlservr.exe";
    static final String CHROME = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
    static final String EDGE = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe";
    static final String OFFICE = "C:\\Program Files\\Microsoft Office\\root\\Office16\\";

    /** Processes running since boot, before the data starts: they appear only as parents. */
    static final List<String> BOOT = List.of(WININIT, WINLOGON, SERVICES, LSASS, SVCHOST);

    private static Template t(Where where, boolean user, String parent, String image, double weight,
            List<String> commandLines) {
        return new Template(where, user, parent, image, commandLines, weight, List.of(), 0);
    }

    private static Template withChildren(Template t, int maxChildren, Template... children) {
        return new Template(t.where(), t.user(), t.parent(), t.image(), t.commandLines(), t.weight(),
                List.of(children), maxChildren);
    }

    static final String BENIGN_ENCODED = "Get-Service | Where-Object {$_.Status -eq 'Stopped'} | Select-Object -First 5";

    static final List<Template> ALL = List.of(
            withChildren(t(Where.WORKSTATION, true, EXPLORER, CHROME, 10, List.of("\"" + CHROME + "\"")), 4,
                    t(Where.WORKSTATION, true, CHROME, CHROME, 1, List.of(
                            "\"" + CHROME + "\" --type=renderer --lang=en-US --renderer-client-id=%d",
                            "\"" + CHROME + "\" --type=gpu-process --gpu-preferences=UAAAAAAAAADgAAAYAAAAAAAAAAAAAAAAAABgAAAAAAA",
                            "\"" + CHROME + "\" --type=utility --utility-sub-type=network.mojom.NetworkService"))),
            withChildren(t(Where.WORKSTATION, true, EXPLORER, EDGE, 6, List.of("\"" + EDGE + "\" --single-argument https://contoso.sharepoint.com/sites/intranet")), 3,
                    t(Where.WORKSTATION, true, EDGE, EDGE, 1, List.of(
                            "\"" + EDGE + "\" --type=renderer --lang=en-US --renderer-client-id=%d"))),
            t(Where.WORKSTATION, true, EXPLORER, OFFICE + "OUTLOOK.EXE", 4, List.of("\"" + OFFICE + "OUTLOOK.EXE\"")),
            t(Where.WORKSTATION, true, EXPLORER, OFFICE + "WINWORD.EXE", 4, List.of(
                    "\"" + OFFICE + "WINWORD.EXE\" /n \"C:\\Users\\%u\\Documents\\Quarterly review.docx\"",
                    "\"" + OFFICE + "WINWORD.EXE\" /n \"C:\\Users\\%u\\Downloads\\Contract draft v%d.docx\"",
                    "\"" + OFFICE + "WINWORD.EXE\"")),
            t(Where.WORKSTATION, true, EXPLORER, OFFICE + "EXCEL.EXE", 4, List.of(
                    "\"" + OFFICE + "EXCEL.EXE\" \"C:\\Users\\%u\\OneDrive - Contoso\\Budget FY%d.xlsx\"",
                    "\"" + OFFICE + "EXCEL.EXE\"")),
            t(Where.WORKSTATION, true, EXPLORER, "C:\\Users\\%u\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe", 3,
                    List.of("\"C:\\Users\\%u\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe\" --process-start-args \"--profile=AAD\"")),
            t(Where.WORKSTATION, true, EXPLORER, SYSTEM32 + "notepad.exe", 2, List.of(
                    "\"" + SYSTEM32 + "notepad.exe\" C:\\Users\\%u\\Desktop\\notes.txt",
                    "\"" + SYSTEM32 + "notepad.exe\"")),
            t(Where.WORKSTATION, true, EXPLORER, "C:\\Users\\%u\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe", 2,
                    List.of("\"C:\\Users\\%u\\AppData\\Local\\Microsoft\\OneDrive\\OneDrive.exe\" /background")),
            withChildren(t(Where.WORKSTATION, true, EXPLORER, CMD, 1, List.of("\"" + CMD + "\"")), 3,
                    t(Where.WORKSTATION, true, CMD, CONHOST, 1, List.of("\\??\\" + CONHOST + " 0xffffffff -ForceV1")),
                    t(Where.WORKSTATION, true, CMD, SYSTEM32 + "ipconfig.exe", 1, List.of("ipconfig /all", "ipconfig /flushdns")),
                    t(Where.WORKSTATION, true, CMD, SYSTEM32 + "PING.EXE", 1, List.of("ping -n 4 fs01.contoso.local", "ping 10.10.0.%d")),
                    t(Where.WORKSTATION, true, CMD, SYSTEM32 + "nslookup.exe", 1, List.of("nslookup fs01.contoso.local"))),
            t(Where.WORKSTATION, true, EXPLORER, SYSTEM32 + "mstsc.exe", 0.3, List.of("\"" + SYSTEM32 + "mstsc.exe\" /v:SQL01", "\"" + SYSTEM32 + "mstsc.exe\" /v:APP01")),
            t(Where.WORKSTATION, true, SVCHOST, SYSTEM32 + "RuntimeBroker.exe", 3, List.of(SYSTEM32 + "RuntimeBroker.exe -Embedding")),
            t(Where.WORKSTATION, true, SVCHOST, SYSTEM32 + "backgroundTaskHost.exe", 2, List.of(
                    "\"" + SYSTEM32 + "backgroundTaskHost.exe\" -ServerName:BackgroundTaskHost.WebAccountProvider")),
            t(Where.ANY, false, SVCHOST, SYSTEM32 + "taskhostw.exe", 6, List.of(
                    "taskhostw.exe {222A245B-E637-4AE9-A93F-A59CA119A75E}", "taskhostw.exe SYSTEM")),
            t(Where.ANY, false, SVCHOST, SYSTEM32 + "wbem\\WmiPrvSE.exe", 5, List.of(SYSTEM32 + "wbem\\wmiprvse.exe -Embedding")),
            t(Where.ANY, false, SERVICES, SVCHOST, 4, List.of(
                    SVCHOST + " -k netsvcs -p -s Schedule", SVCHOST + " -k LocalService -p -s EventSystem",
                    SVCHOST + " -k wusvcs -p -s WaaSMedicSvc", SVCHOST + " -k NetworkService -p -s Dnscache")),
            t(Where.ANY, false, SVCHOST, SYSTEM32 + "SearchProtocolHost.exe", 3, List.of(
                    "\"" + SYSTEM32 + "SearchProtocolHost.exe\" Global\\UsGthrFltPipeMssGthrPipe%d_ Global\\UsGthrCtrlFltPipeMssGthrPipe%d 1 -2147483646 \"Software\\Microsoft\\Windows Search\"")),
            t(Where.ANY, false, SVCHOST, "C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24090.11-0\\MpCmdRun.exe", 2, List.of(
                    "\"C:\\ProgramData\\Microsoft\\Windows Defender\\Platform\\4.18.24090.11-0\\MpCmdRun.exe\" SignatureUpdate -ScheduleJob -RestrictPrivileges")),
            t(Where.ANY, false, SVCHOST, SYSTEM32 + "gpupdate.exe", 0.5, List.of("gpupdate.exe /target:computer /force")),
            withChildren(t(Where.SERVER, false, SVCHOST, POWERSHELL, 1, List.of(
                    POWERSHELL + " -NoProfile -ExecutionPolicy Bypass -File C:\\Scripts\\Rotate-Logs.ps1",
                    POWERSHELL + " -NoProfile -File C:\\Scripts\\Check-DiskSpace.ps1")), 1,
                    t(Where.SERVER, false, POWERSHELL, CONHOST, 1, List.of("\\??\\" + CONHOST + " 0xffffffff -ForceV1"))),
            t(Where.ANY, false, CCMEXEC, POWERSHELL, 0.4, List.of(
                    POWERSHELL + " -NoLogo -NonInteractive -ExecutionPolicy Bypass -EncodedCommand " + Story.encode(BENIGN_ENCODED))),
            t(Where.SQL01, false, SQLSERVR, "C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\SQLAGENT.EXE", 2,
                    List.of("\"C:\\Program Files\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\MSSQL\\Binn\\SQLAGENT.EXE\" -i MSSQLSERVER")),
            t(Where.WEB01, false, W3WP, "C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\csc.exe", 2, List.of(
                    "\"C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\csc.exe\" /noconfig /fullpaths @\"C:\\Windows\\Microsoft.NET\\Framework64\\v4.0.30319\\Temporary ASP.NET Files\\root\\5f2a%d\\App_Web_%d.cmdline\"")));

    /** The parents that are there from boot (or from the session's start) on a host of this kind. */
    static List<String> longLived(Organisation.Host host) {
        return switch (host.name()) {
            case "SQL01" -> List.of(SQLSERVR, CCMEXEC);
            case "WEB01" -> List.of(W3WP, CCMEXEC);
            default -> List.of(CCMEXEC);
        };
    }
}
