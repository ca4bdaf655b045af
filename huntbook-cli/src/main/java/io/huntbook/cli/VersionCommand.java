package io.huntbook.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.ExitCodes;
import picocli.CommandLine.Command;

/** {@code huntbook version}: the version and the Java runtime, as text or as one JSON object. */
@Command(name = "version", description = "Print the version of Huntbook and of the Java it runs on.")
final class VersionCommand extends Subcommand {
    @Override
    protected int execute() throws Exception {
        String[] lines = new VersionProvider().getVersion();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("version", lines[0].substring("huntbook ".length()));
        json.put("java", Runtime.version().toString());
        json.put("javaHome", System.getProperty("java.home"));
        output().object(json, String.join("\n", lines));
        return ExitCodes.OK;
    }
}
