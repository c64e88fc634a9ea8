package de.kundenkontakt.quickcheck.app.assessment.api;


import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents in the OpenAPI description the problems of a download that needs a complete
 * assessment: 404 when the view token reaches none, 409 when it is still a draft.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "404", description = "No assessment for this token")
@ApiResponse(responseCode = "409", description = "The assessment is still a draft")
@interface CompleteAssessmentProblems {}
