package de.kundenkontakt.quickcheck.app.company;

/**
 * There is no such company, or it is not the viewer's own: both look the same from outside (404),
 * so that ids of other consultants' companies give nothing away.
 */
public class CompanyNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CompanyNotFoundException() {
        super("no such company");
    }
}
