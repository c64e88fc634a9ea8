/**
 * The vocabulary every module may use: the public ids by which enumerations are stored, sent and
 * linked ({@link de.kundenkontakt.quickcheck.app.shared.PublicId}), a problem with one field of the
 * input and its message ({@link de.kundenkontakt.quickcheck.app.shared.FieldProblem}, {@link
 * de.kundenkontakt.quickcheck.app.shared.FieldProblemException}) and Bean Validation's violations as
 * such problems ({@link de.kundenkontakt.quickcheck.app.shared.Violations}), and the time zone that
 * dates people read are in ({@link de.kundenkontakt.quickcheck.app.shared.GermanTime}). Free of
 * Spring. A shared module ({@code @Modulithic(sharedModules)}): every module may use it without
 * declaring so.
 */
@ApplicationModule(allowedDependencies = "i18n")
package de.kundenkontakt.quickcheck.app.shared;

import org.springframework.modulith.ApplicationModule;
