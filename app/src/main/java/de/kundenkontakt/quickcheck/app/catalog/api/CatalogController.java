package de.kundenkontakt.quickcheck.app.catalog.api;

import static de.kundenkontakt.quickcheck.app.api.ApiRequests.localized;

import de.kundenkontakt.quickcheck.app.api.ApiProblemException;
import de.kundenkontakt.quickcheck.app.api.LanguageParameters;
import de.kundenkontakt.quickcheck.app.api.RequestLanguage;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The catalogues: {@code GET /api/v1/catalogs} and {@code GET /api/v1/catalogs/{id}}. */
@RestController
@Tag(name = "Catalogues", description = "Questions, answer levels, touchpoints and weights of each catalogue version")
class CatalogController {

    private final Catalogs catalogs;

    CatalogController(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Operation(summary = "List the catalogues", description = "Every catalogue version, the default one flagged.")
    @GetMapping(path = "/api/v1/catalogs", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<CatalogSummary>> list(
            @LanguageParameters RequestLanguage language) {
        Locale locale = language.fromAcceptLanguage();
        List<CatalogSummary> list = catalogs.all().stream()
                .map(c -> CatalogJson.summary(c, isDefault(c), locale, "/api/v1/catalogs/" + c.id()))
                .toList();
        return localized(ResponseEntity.ok(), locale, list);
    }

    @Operation(
            summary = "Show one catalogue",
            description = "Questions with hints, answer levels with points, recommendation thresholds, touchpoints "
                    + "with AIDA(LA) phases and the weight (0..3) of each question for each touchpoint.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The catalogue"),
                @ApiResponse(responseCode = "404", description = "No catalogue with this id")
            })
    @GetMapping(path = "/api/v1/catalogs/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CatalogDetail> show(
            @PathVariable String id,
            @LanguageParameters RequestLanguage language) {
        Locale locale = language.fromAcceptLanguage();
        Catalog catalog = catalogs.find(id)
                .orElseThrow(() -> new ApiProblemException(
                        HttpStatus.NOT_FOUND, "catalog-not-found", id, String.join(", ", catalogs.ids())));
        return localized(ResponseEntity.ok(), locale, CatalogJson.detail(catalog, isDefault(catalog), locale));
    }

    private boolean isDefault(Catalog catalog) {
        return catalog == catalogs.defaultCatalog();
    }

}
