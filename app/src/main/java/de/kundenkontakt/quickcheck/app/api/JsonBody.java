package de.kundenkontakt.quickcheck.app.api;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The body of an API request that takes JSON, as it came. An operation takes it as an argument and
 * checks it where its order of checks puts each step: first {@link #requireJson()}, later
 * {@link #read()}. The OpenAPI description of such an operation lists 400 (malformed JSON), 413 and
 * 415, each unless the operation describes that status itself. Violations throw
 * {@link ApiProblemException}, which the API advice answers. Not thread-safe (it holds the
 * request's stream).
 *
 * @param contentType the Content-Type header; null when not sent
 * @param stream the request's body, not null
 */
public record JsonBody(String contentType, InputStream stream) {

    /** Refuses a body that is not JSON ({@code application/json} or {@code application/*+json}) with 415. */
    public void requireJson() {
        if (contentType != null) {
            try {
                MediaType type = MediaType.parseMediaType(contentType);
                if (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                        || ("application".equals(type.getType()) && type.getSubtype().endsWith("+json"))) {
                    return;
                }
            } catch (InvalidMediaTypeException malformed) {
                // reported as unsupported below
            }
        }
        throw new ApiProblemException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", contentType == null ? "-" : contentType);
    }

    /**
     * The body, at most {@link ApiLimits#MAX_BODY_BYTES} long; a longer one (possible when it came
     * without a length, chunked) is refused with 413. Never null.
     */
    public byte[] read() throws IOException {
        byte[] bytes = stream.readNBytes(ApiLimits.MAX_BODY_BYTES + 1);
        if (bytes.length > ApiLimits.MAX_BODY_BYTES) {
            throw new ApiProblemException(HttpStatus.CONTENT_TOO_LARGE, "too-large", ApiLimits.MAX_BODY_BYTES);
        }
        return bytes;
    }
}
