package io.huntbook.cli;

import java.util.List;

/**
 * The one registry of subcommands. A module that adds a command adds its class here, and nowhere else; the global
 * options, streams and exit codes come with {@link Subcommand}.
 */
final class Commands {
    private Commands() {}

    static List<Class<?>> all() {
        return List.of(
                VersionCommand.class,
                GeoIpCommand.class,
                DecodeCommand.class,
                ConfigCommand.class,
                TiCommand.class,
                ParamsCommand.class,
                RunCommand.class,
                RunBatchCommand.class,
                ValidateCommand.class,
                ConvertCommand.class,
                IocCommand.class,
                ProctreeCommand.class,
                ChartCommand.class,
                QueryCommand.class,
                SampleDataCommand.class,
                WhoisCommand.class,
                ScrapsCommand.class,
                HtmlCommand.class,
                DemoCommand.class,
                IncidentsCommand.class,
                KernelCommand.class,
                ServeCommand.class,
                SubmitCommand.class,
                RunsCommand.class,
                TokenCommand.class);
    }
}
