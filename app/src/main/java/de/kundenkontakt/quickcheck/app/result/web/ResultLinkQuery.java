package de.kundenkontakt.quickcheck.app.result.web;

import de.kundenkontakt.quickcheck.app.result.InvalidResultCodeException;
import de.kundenkontakt.quickcheck.app.result.ResultCode;
import de.kundenkontakt.quickcheck.app.web.BadPageRequestException;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query of a result link ({@code ?k=…&a=…}) as a page handler receives it: bound as sent, so
 * either part may be missing or hold anything a tampered link holds. A page concern, so it lives
 * with the result page; the pages of other features (questionnaire, saving, guide) reach it as the
 * named interface {@code result :: web}. Immutable.
 *
 * @param catalogId the catalogue id ({@value ResultCode#CATALOG_PARAMETER}), may be null
 * @param code the answers ({@value ResultCode#ANSWERS_PARAMETER}), may be null
 */
@NamedInterface("web")
public record ResultLinkQuery(
        @BindParam(ResultCode.CATALOG_PARAMETER) String catalogId,
        @BindParam(ResultCode.ANSWERS_PARAMETER) String code) {

    /**
     * The answers the link describes.
     *
     * @throws BadPageRequestException with a {@code result.invalid.*} message key (the friendly 400
     *     page) naming the first thing wrong with the link
     */
    public Answers answers(Catalogs catalogs) {
        try {
            return ResultCode.decode(catalogs, catalogId, code);
        } catch (InvalidResultCodeException invalid) {
            throw new BadPageRequestException(invalid.reason().messageKey(), invalid.arguments());
        }
    }

    /** The answers the link describes; empty when it describes none or cannot be read. */
    public Optional<Answers> answersIfValid(Catalogs catalogs) {
        try {
            return Optional.of(ResultCode.decode(catalogs, catalogId, code));
        } catch (InvalidResultCodeException invalid) {
            return Optional.empty();
        }
    }
}
