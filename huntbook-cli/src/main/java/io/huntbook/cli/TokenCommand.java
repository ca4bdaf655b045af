package io.huntbook.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.ExitCodes;
import io.huntbook.server.ServerSettings;
import io.huntbook.server.auth.Role;
import io.huntbook.server.auth.Tokens;
import io.huntbook.server.ledger.LedgerDatabase;
import io.huntbook.server.ledger.TokenStore;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code huntbook token create --role R}: a bearer token for the server's API, stored hashed in the ledger. */
@Command(name = "token", description = "Manage the server's API tokens.", subcommands = TokenCommand.Create.class)
final class TokenCommand extends Subcommand {
    @Override
    protected int execute() {
        spec.commandLine().usage(terminal().err());
        return ExitCodes.BAD_INPUT;
    }

    @Command(name = "create", description = "Create a token with a role (viewer, operator, admin) and print it once;"
            + " only its hash is stored.")
    static final class Create extends Subcommand {
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, operator or admin.")
        String role;

        @Option(names = "--name", paramLabel = "NAME", description = "Who or what the token is for.")
        String name = "token";

        @Mixin
        ServerOptions server = new ServerOptions();

        @Override
        protected int execute() {
            Role parsed = Role.parse(role);
            ServerSettings settings = server.builder(CliConfig.load(global())).build();
            try (LedgerDatabase database = LedgerDatabase.open(settings.ledgerUrl(), settings.ledgerUser(),
                    settings.ledgerPassword(), 2)) {
                Tokens.Created created = new Tokens(new TokenStore(database.dataSource())).create(name, parsed,
                        Instant.now());
                ObjectNode json = JsonNodeFactory.instance.objectNode();
                json.put("id", created.stored().id());
                json.put("name", created.stored().name());
                json.put("role", created.stored().role());
                json.put("token", created.token());
                output().object(json, created.token());
                terminal().warn("the token is shown once; keep it in a secret store (HUNTBOOK_TOKEN for the CLI)");
            }
            return ExitCodes.OK;
        }
    }
}
