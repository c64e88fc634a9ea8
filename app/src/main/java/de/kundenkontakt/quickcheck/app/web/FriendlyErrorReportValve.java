package de.kundenkontakt.quickcheck.app.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Replaces Tomcat's plain error report (no security headers, Tomcat's own look) for errors that
 * no page rendered: requests Tomcat refuses before the application sees them, such as an encoded
 * "/" or a NUL character in the path, or too long a request line or header. They get the
 * product's bilingual {@link ServerErrorPage}. Never shows a stack trace.
 */
final class FriendlyErrorReportValve extends ErrorReportValve {

    private final ServerErrorPage page;

    FriendlyErrorReportValve(ServerErrorPage page) {
        this.page = page;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status == 501) {
            // Tomcat's answer to a transfer coding it does not know: for the product a malformed request.
            status = 400;
            response.setStatus(status);
        }
        // As Tomcat's own valve: only errors, only if nothing was written and nobody reported it yet.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                page.write(response, status, writer);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body: nothing more to do
        }
    }
}
