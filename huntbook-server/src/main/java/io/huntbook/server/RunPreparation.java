package io.huntbook.server;

import io.huntbook.core.BadInputException;
import io.huntbook.kernel.jupyter.client.KernelChoice;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.PrepareRequest;
import io.huntbook.notebook.params.Prepared;
import io.huntbook.notebook.params.SecretCheck;
import io.huntbook.notebook.params.SuppliedValue;
import io.huntbook.server.templates.Template;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A template with a job's parameters injected (DESIGN.md §3's validate step): Java templates for the built-in engine,
 * others for an installed Jupyter kernel of their language; values converted to the declared types, secret-looking
 * values refused (§6.C), unknown parameters warned about or, when strict, refused.
 */
final class RunPreparation {
    private RunPreparation() {}

    /** The prepared notebook and the warnings to record with the run. */
    static Prepared prepare(Template template, Map<String, @Nullable Object> parameters, String outputPath,
                            boolean strict, String version) {
        if (template.language() == null && template.notebook().kernelspec().isEmpty()) {
            throw new BadInputException("template " + template.name() + " names no language or kernel: give it"
                    + " Java metadata, a .jsh file, or the kernelspec of an installed Jupyter kernel");
        }
        try {
            // Java runs on the built-in engine; any other language needs its Jupyter kernel installed here.
            KernelChoice.forNotebook(template.notebook(), null, null, System.getenv());
        } catch (BadInputException e) {
            throw new BadInputException("template " + template.name() + ": " + e.getMessage());
        }
        Map<String, SuppliedValue> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, SuppliedValue.of(value)));
        List<String> secrets = SecretCheck.findings(parameters, allowedSecrets(template));
        if (!secrets.isEmpty()) {
            throw new BadInputException(template.name() + ": " + secrets.get(0)
                    + " (the server refuses secrets as parameters; read them with secret(\"name\") in the notebook)");
        }
        Prepared prepared = NotebookParameters.prepare(template.notebook(), values,
                new PrepareRequest(template.file().toString(), outputPath, false, null, version));
        List<String> warnings = new ArrayList<>(prepared.warnings());
        warnings.removeAll(secrets);
        if (strict && !warnings.isEmpty()) {
            throw new BadInputException(template.name() + ": " + warnings.get(0) + " (the server is strict)");
        }
        return new Prepared(prepared.notebook(), warnings, prepared.language());
    }

    private static Set<String> allowedSecrets(Template template) {
        Set<String> allowed = new HashSet<>();
        NotebookParameters.parametersCell(template.notebook()).ifPresent(cell -> cell.metadata().path("huntbook")
                .path("allow_secret").forEach(name -> allowed.add(name.asText())));
        return allowed;
    }
}
