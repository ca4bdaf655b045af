package io.huntbook.azure.auth;

import io.huntbook.core.HuntbookException;

/** No token could be had from the credential chain; the message names the scope and the methods tried, never a secret. */
public class AzureSignInException extends HuntbookException {
    private static final long serialVersionUID = 1L;

    public AzureSignInException(String message) {
        super(message);
    }

    public AzureSignInException(String message, Throwable cause) {
        super(message, cause);
    }
}
