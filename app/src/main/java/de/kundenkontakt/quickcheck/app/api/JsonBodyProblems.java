package de.kundenkontakt.quickcheck.app.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents in the OpenAPI description the problems of an operation that reads an
 * {@code application/json} body with {@link ApiRequests#requireJson} and {@link ApiRequests#readBody}:
 * 400 malformed JSON, 413 body too large, 415 not JSON. One place for what every such operation
 * answers alike; the operation's own {@code responses} add what is its own (such as its 422).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "400", description = "Malformed JSON")
@ApiResponse(responseCode = "413", description = "Body larger than 64 KiB")
@ApiResponse(responseCode = "415", description = "Content-Type is not application/json")
public @interface JsonBodyProblems {}
