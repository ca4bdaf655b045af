package io.huntbook.enrich.ti;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.core.Severity;
import java.util.Collection;
import java.util.List;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * One row of a lookup, with MSTICPy's {@code LookupResult} columns. {@code result} is true when the provider knows
 * the indicator; {@code status} is MSTICPy's lookup status ({@link LookupStatus}).
 */
public record LookupResult(
        String ioc,
        String iocType,
        String safeIoc,
        @Nullable String querySubtype,
        String provider,
        boolean result,
        Severity severity,
        @Nullable JsonNode details,
        @Nullable JsonNode rawResult,
        @Nullable String reference,
        int status) {

    /** MSTICPy's column names, in its order. */
    public static final List<String> COLUMNS = List.of("Ioc", "IocType", "SafeIoc", "QuerySubtype", "Provider",
            "Result", "Severity", "Details", "RawResult", "Reference", "Status");

    /** Whether the lookup was made and answered (found or not). */
    public boolean succeeded() {
        return status == LookupStatus.OK.code();
    }

    /** The rows as a frame with MSTICPy's columns. */
    public static DataFrame toFrame(Collection<LookupResult> results) {
        var appender = DataFrame.byArrayRow(COLUMNS.toArray(String[]::new)).appender();
        for (LookupResult r : results) {
            appender.append(r.ioc, r.iocType, r.safeIoc, r.querySubtype, r.provider, r.result, r.severity.toString(),
                    r.details, r.rawResult, r.reference, r.status);
        }
        return appender.toDataFrame();
    }

    /** The worst severity among the rows that succeeded; {@link Severity#UNKNOWN} when none did. */
    public static Severity maxSeverity(Collection<LookupResult> results) {
        Severity max = Severity.UNKNOWN;
        for (LookupResult r : results) {
            if (r.succeeded()) {
                max = Severity.max(max, r.severity);
            }
        }
        return max;
    }
}
