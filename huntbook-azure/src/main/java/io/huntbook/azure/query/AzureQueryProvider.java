package io.huntbook.azure.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.azure.auth.AzureSignInException;
import io.huntbook.azure.auth.TokenSource;
import io.huntbook.data.ReportingQueryProvider;
import io.huntbook.data.QueryResult;
import io.huntbook.data.http.RestClient;
import io.huntbook.data.provider.QueryFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.function.Function;

/**
 * One Microsoft query endpoint: the query goes out as a JSON body with a bearer token for the service's scope, the
 * answer is streamed into typed rows. Log Analytics, Kusto and Graph differ only in address, body and answer format.
 */
final class AzureQueryProvider implements ReportingQueryProvider {
    /** Reads an answer into rows and problems. */
    @FunctionalInterface
    interface Reader {
        QueryResult read(InputStream in) throws IOException;
    }

    private final String environment;
    private final RestClient client;
    private final URI uri;
    private final String scope;
    private final TokenSource tokens;
    private final Function<String, ObjectNode> body;
    private final Map<String, String> headers;
    private final Reader reader;

    AzureQueryProvider(String environment, RestClient client, URI uri, String scope, TokenSource tokens,
            Function<String, ObjectNode> body, Map<String, String> headers, Reader reader) {
        this.environment = environment;
        this.client = client;
        this.uri = uri;
        this.scope = scope;
        this.tokens = tokens;
        this.body = body;
        this.headers = Map.copyOf(headers);
        this.reader = reader;
    }

    @Override
    public String environment() {
        return environment;
    }

    @Override
    public QueryResult execute(String renderedQuery) {
        String token;
        try {
            token = tokens.token(scope);
        } catch (AzureSignInException e) {
            throw new QueryFailedException(e.getMessage(), e);
        }
        HttpRequest.Builder request = client.request(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.apply(renderedQuery).toString()));
        headers.forEach(request::header);
        try (InputStream in = client.stream(request.build())) {
            return reader.read(in);
        } catch (IOException e) {
            throw new QueryFailedException(client.service() + " sent an answer that cannot be read: " + e.getMessage(), e);
        }
    }

    URI uri() {
        return uri;
    }

    String scope() {
        return scope;
    }
}
