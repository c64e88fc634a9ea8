package de.kundenkontakt.quickcheck.app.assessment;

/**
 * The view token of a private link as a page or an API request writes it. A text that cannot be a
 * token is a link that reaches no assessment, the same as a well-formed token that reaches none: both
 * are {@link AssessmentNotFoundException}, which pages and API answer with their 404.
 */
public final class ViewTokens {

    private ViewTokens() {}

    /**
     * The token written as {@code text}, never null.
     *
     * @param text the token as the link writes it, may be anything
     * @throws AssessmentNotFoundException if the text cannot be a token (it is never looked up)
     */
    public static AccessToken parse(String text) {
        return AccessToken.parse(text).orElseThrow(AssessmentNotFoundException::new);
    }
}
