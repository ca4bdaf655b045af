package io.huntbook.enrich.ti;

/** MSTICPy's lookup status codes, as written to the {@code Status} column. */
public enum LookupStatus {
    OK(0),
    NOT_SUPPORTED(1),
    BAD_FORMAT(2),
    NO_DATA(3),
    QUERY_FAILED(4),
    OTHER(10);

    private final int code;

    LookupStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
