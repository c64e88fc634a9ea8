package de.kundenkontakt.quickcheck.app.api;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A client error of the API that becomes a problem response: status, the message key prefix of
 * title and detail ({@code problem.<key>.title}, {@code problem.<key>.detail}), the detail's
 * arguments and extra headers.
 */
public final class ApiProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String key;
    private final transient List<Object> args;
    private final transient Map<String, String> headers;

    public ApiProblemException(HttpStatus status, String key, List<Object> args, Map<String, String> headers) {
        super(status + " " + key + " " + args);
        this.status = status;
        this.key = key;
        this.args = List.copyOf(args);
        this.headers = Map.copyOf(headers);
    }

    public ApiProblemException(HttpStatus status, String key, Object... args) {
        this(status, key, List.of(args), Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
