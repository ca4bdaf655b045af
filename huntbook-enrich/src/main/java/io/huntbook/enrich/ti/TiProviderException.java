package io.huntbook.enrich.ti;

import io.huntbook.core.HuntbookException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A lookup that could not be made: throttled (429), a server error (5xx), a network failure, a rejected key. The
 * engine retries the retryable ones, honouring {@code Retry-After}, and reports the rest as failed rows.
 */
public class TiProviderException extends HuntbookException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final @Nullable Duration retryAfter;
    private final boolean retryable;

    public TiProviderException(String message, int httpStatus, @Nullable Duration retryAfter) {
        super(message);
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
        this.retryable = httpStatus == 429 || httpStatus >= 500;
    }

    public TiProviderException(String message, Throwable cause) {
        super(message, cause);
        this.httpStatus = 0;
        this.retryAfter = null;
        this.retryable = true;
    }

    private TiProviderException(String message) {
        super(message);
        this.httpStatus = 0;
        this.retryAfter = null;
        this.retryable = false;
    }

    /**
     * A lookup that cannot be made and is not worth retrying, with no HTTP exchange behind it: a missing or
     * unresolvable API key, an answer that cannot be read.
     */
    public static TiProviderException notRetryable(String message) {
        return new TiProviderException(message);
    }

    /** The HTTP status, or 0 when no response came (network failure). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The wait the provider asked for, if any. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }

    /** Throttling, server errors and network failures are worth retrying; a bad key or request is not. */
    public boolean retryable() {
        return retryable;
    }
}
