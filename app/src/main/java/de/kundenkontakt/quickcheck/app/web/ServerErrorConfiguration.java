package de.kundenkontakt.quickcheck.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors the server itself answers (before or outside the pages) look like the product and carry
 * its security headers: Tomcat's error report is replaced by {@link FriendlyErrorReportValve}, and
 * {@link RequestLimitsFilter} refuses forms Tomcat cannot read before anything else tries to.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorConfiguration {

    @Bean
    ServerErrorPage serverErrorPage(MessageSource messages) {
        return new ServerErrorPage(messages);
    }

    @Bean
    RequestLimitsFilter requestLimitsFilter(ServerErrorPage page) {
        return new RequestLimitsFilter(page);
    }

    /**
     * Requests Spring Security's firewall refuses (encoded line breaks, odd characters in names) get
     * the same page: the error page of the application could not be rendered for them.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ServerErrorPage page) {
        return (request, response, rejected) -> {
            if (!response.isCommitted()) {
                response.resetBuffer();
                page.write(response, HttpServletResponse.SC_BAD_REQUEST, response.getWriter());
            }
        };
    }

    /** Runs after Spring Boot's own customizer, which adds a plain ErrorReportValve to the host. */
    @Bean
    FriendlyErrorReport friendlyErrorReport(ServerErrorPage page) {
        return new FriendlyErrorReport(page);
    }

    static final class FriendlyErrorReport
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        private final ServerErrorPage page;

        FriendlyErrorReport(ServerErrorPage page) {
            this.page = page;
        }

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    for (Valve valve : host.getPipeline().getValves()) {
                        if (valve instanceof ErrorReportValve) {
                            host.getPipeline().removeValve(valve);
                        }
                    }
                    host.getPipeline().addValve(new FriendlyErrorReportValve(page));
                    host.setErrorReportValveClass(FriendlyErrorReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
