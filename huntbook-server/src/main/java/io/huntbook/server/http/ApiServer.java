package io.huntbook.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.BadInputException;
import io.huntbook.core.NotYetAvailableException;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.report.HtmlReport;
import io.huntbook.notebook.scraps.Scrap;
import io.huntbook.notebook.scraps.Scraps;
import io.huntbook.server.Job;
import io.huntbook.server.Jobs;
import io.huntbook.server.RunService;
import io.huntbook.server.Submission;
import io.huntbook.server.auth.Role;
import io.huntbook.server.auth.Tokens;
import io.huntbook.server.ledger.Ledger;
import io.huntbook.server.ledger.RunFilter;
import io.huntbook.server.ledger.RunRecord;
import io.huntbook.server.ledger.RunState;
import io.huntbook.server.templates.Template;
import io.huntbook.server.templates.TemplateCatalog;
import io.huntbook.server.incident.IncidentsEndpoint;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP API. Every {@code /api} route needs {@code Authorization: Bearer TOKEN}: none or an unknown token is 401,
 * a role too low is 403 (viewers read; operators also submit and cancel). {@code /healthz} and {@code /metrics} are
 * open. Bodies larger than the configured limit are refused with 413.
 */
public final class ApiServer implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ROLE = "huntbook.role";

    private final Javalin app;

    /** What the API serves. */
    public record Services(RunService runs, Ledger ledger, TemplateCatalog templates, Tokens tokens,
                           Supplier<String> metrics, Supplier<Boolean> healthy, IncidentsEndpoint incidents) {}

    private ApiServer(Javalin app) {
        this.app = app;
    }

    public static ApiServer start(String host, int port, long maxRequestBytes, Services services) {
        Javalin app = Javalin.create(config -> {
            config.http.maxRequestSize = maxRequestBytes;
            config.startup.showJavalinBanner = false;
            config.routes.before("/api/*", ctx -> authenticate(ctx, services.tokens()));
            config.routes.get("/healthz", ctx -> health(ctx, services));
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(services.metrics().get()));
            config.routes.post("/api/runs", ctx -> submit(ctx, services));
            config.routes.get("/api/runs", ctx -> list(ctx, services));
            config.routes.get("/api/runs/{id}", ctx -> json(ctx, runJson(find(ctx, services))));
            config.routes.get("/api/runs/{id}/notebook", ctx -> notebook(ctx, services));
            config.routes.get("/api/runs/{id}/html", ctx -> html(ctx, services));
            config.routes.get("/api/runs/{id}/scraps", ctx -> scraps(ctx, services));
            config.routes.post("/api/runs/{id}/cancel", ctx -> cancel(ctx, services));
            config.routes.get("/api/templates", ctx -> templates(ctx, services));
            config.routes.get("/api/incidents", ctx -> incidents(ctx, services.incidents().list(ctx.queryParamMap())));
            config.routes.get("/api/incidents/{id}", ctx -> incidents(ctx,
                    services.incidents().get(ctx.pathParam("id"))));
            config.routes.exception(BadInputException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST,
                    e.getMessage()));
            config.routes.exception(NotYetAvailableException.class, (e, ctx) -> error(ctx, HttpStatus.NOT_IMPLEMENTED,
                    e.getMessage()));
            config.routes.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
            config.routes.exception(Denied.class, (e, ctx) -> {
                if (e.status == HttpStatus.UNAUTHORIZED) {
                    ctx.header("WWW-Authenticate", "Bearer");
                }
                error(ctx, e.status, e.getMessage());
            });
            config.routes.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> error(ctx, HttpStatus.CONTENT_TOO_LARGE,
                    "the request is larger than " + maxRequestBytes + " bytes"));
        });
        app.start(host, port);
        return new ApiServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    /** 401 or 403, carried to the error mapper. */
    static final class Denied extends RuntimeException {
        final HttpStatus status;

        Denied(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private static void authenticate(Context ctx, Tokens tokens) {
        Role role = tokens.authenticate(ctx.header("Authorization")).orElseThrow(() -> new Denied(
                HttpStatus.UNAUTHORIZED, "a valid bearer token is required (huntbook token create --role viewer)"));
        ctx.attribute(ROLE, role);
    }

    private static void require(Context ctx, Role required) {
        Role role = ctx.attribute(ROLE);
        if (role == null || !role.includes(required)) {
            throw new Denied(HttpStatus.FORBIDDEN, "this needs the " + required.id() + " role; the token has "
                    + (role == null ? "none" : role.id()));
        }
    }

    private static void incidents(Context ctx, IncidentsEndpoint.Response answer) {
        require(ctx, Role.VIEWER);
        ctx.status(answer.status()).contentType(answer.contentType()).result(answer.body());
    }

    private static void health(Context ctx, Services services) {
        boolean ok = services.healthy().get();
        ObjectNode body = MAPPER.createObjectNode().put("status", ok ? "ok" : "unavailable");
        ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        json(ctx, body);
    }

    private static void submit(Context ctx, Services services) {
        require(ctx, Role.OPERATOR);
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadInputException("the request has no body: send a job as JSON, e.g. {\"template\": \"NAME\"}");
        }
        Job job = Jobs.parse(body, "the request body");
        String key = ctx.header("Idempotency-Key");
        if (job.idempotencyKey() == null && key != null && !key.isBlank()) {
            job = job.withIdempotencyKey(key);
        }
        Submission submission = services.runs().submit(job, "http", null);
        ObjectNode result = runJson(submission.run());
        result.put("duplicate", submission.duplicate());
        ctx.status(submission.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED);
        ctx.header("Location", "/api/runs/" + submission.run().id());
        json(ctx, result);
    }

    private static void list(Context ctx, Services services) {
        require(ctx, Role.VIEWER);
        RunState state = null;
        String stateText = ctx.queryParam("status");
        if (stateText != null && !stateText.isBlank()) {
            try {
                state = RunState.valueOf(stateText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("status '" + stateText + "' is not one of queued, running, succeeded,"
                        + " failed, timed_out, cancelled");
            }
        }
        Instant since = null;
        String sinceText = ctx.queryParam("since");
        if (sinceText != null && !sinceText.isBlank()) {
            since = io.huntbook.core.time.RelativeTime.resolve(sinceText, Instant.now());
        }
        int limit = 1000;
        String limitText = ctx.queryParam("limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                throw new BadInputException("limit must be a whole number, not " + limitText);
            }
            if (limit <= 0 || limit > 100_000) {
                throw new BadInputException("limit must be between 1 and 100000, not " + limitText);
            }
        }
        ArrayNode array = MAPPER.createArrayNode();
        services.ledger().list(new RunFilter(state, blankToNull(ctx.queryParam("template")), since, limit))
                .forEach(run -> array.add(runJson(run)));
        json(ctx, array);
    }

    private static RunRecord find(Context ctx, Services services) {
        require(ctx, Role.VIEWER);
        String id = ctx.pathParam("id");
        return services.ledger().find(id).orElseThrow(() -> new NotFound("no run " + id));
    }

    private static Notebook output(RunRecord run) {
        if (run.outputUri() == null || !run.outputUri().startsWith("file:")) {
            throw new NotFound("run " + run.id() + " has no output notebook" + (run.state().isFinal() ? ""
                    : " yet (it is " + run.state().name().toLowerCase(Locale.ROOT) + ")"));
        }
        Path file = Path.of(URI.create(run.outputUri()));
        if (!Files.isRegularFile(file)) {
            throw new NotFound("the output notebook of run " + run.id() + " is gone from " + file);
        }
        return Notebooks.read(file);
    }

    private static void notebook(Context ctx, Services services) {
        RunRecord run = find(ctx, services);
        ctx.contentType("application/x-ipynb+json").result(Notebooks.toBytes(output(run)));
    }

    private static void html(Context ctx, Services services) {
        RunRecord run = find(ctx, services);
        String name = run.template() + "-" + run.identifier();
        ctx.contentType("text/html; charset=utf-8").result(HtmlReport.builder().build().render(output(run), name)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void scraps(Context ctx, Services services) {
        RunRecord run = find(ctx, services);
        ArrayNode rows = MAPPER.createArrayNode();
        for (Scrap scrap : Scraps.read(output(run)).scraps()) {
            ObjectNode row = rows.addObject();
            row.put("name", scrap.name());
            row.set("data", scrap.data());
            row.put("encoder", scrap.encoder());
            row.set("display", scrap.display());
        }
        json(ctx, rows);
    }

    private static void cancel(Context ctx, Services services) {
        require(ctx, Role.OPERATOR);
        String id = ctx.pathParam("id");
        RunService.CancelOutcome outcome = services.runs().cancel(id);
        if (outcome == RunService.CancelOutcome.NOT_FOUND) {
            throw new NotFound("no run " + id);
        }
        RunRecord run = services.ledger().find(id).orElseThrow();
        ObjectNode body = runJson(run);
        body.put("cancel", outcome.name().toLowerCase(Locale.ROOT));
        ctx.status(outcome == RunService.CancelOutcome.ALREADY_FINAL ? HttpStatus.CONFLICT : HttpStatus.ACCEPTED);
        json(ctx, body);
    }

    private static void templates(Context ctx, Services services) {
        require(ctx, Role.VIEWER);
        ArrayNode array = MAPPER.createArrayNode();
        for (Template template : services.templates().list()) {
            array.add(TemplateSchemas.toJson(template));
        }
        json(ctx, array);
    }

    /** A run as the API shows it. */
    public static ObjectNode runJson(RunRecord run) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", run.id());
        json.put("template", run.template());
        json.put("identifier", run.identifier());
        json.put("state", run.state().name());
        json.put("attempts", run.attempts());
        json.put("maxAttempts", run.maxAttempts());
        json.put("trigger", run.trigger());
        json.put("triggerDetail", run.triggerDetail());
        json.set("parameters", parse(run.parametersJson()));
        json.put("output", run.outputPath());
        json.put("outputUri", run.outputUri());
        json.put("reason", run.reason());
        json.put("warnings", run.warnings());
        json.put("idempotencyKey", run.idempotencyKey());
        json.put("createdAt", run.createdAt().toString());
        json.put("startedAt", run.startedAt() == null ? null : run.startedAt().toString());
        json.put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
        json.put("worker", run.worker());
        if (run.exitCode() == null) {
            json.putNull("exitCode");
        } else {
            json.put("exitCode", run.exitCode());
        }
        json.set("details", run.detailsJson() == null ? null : parse(run.detailsJson()));
        return json;
    }

    private static @Nullable JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            return MAPPER.getNodeFactory().textNode(text);
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void json(Context ctx, JsonNode body) {
        try {
            ctx.contentType("application/json").result(MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static void error(Context ctx, HttpStatus status, @Nullable String message) {
        ctx.status(status);
        json(ctx, MAPPER.createObjectNode().put("error", message == null ? status.getMessage() : message));
    }

}
