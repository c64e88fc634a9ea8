package de.kundenkontakt.quickcheck.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the server where to open it, once the port is known. */
@Component
class ServerUrlAnnouncer implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ServerUrlAnnouncer.class);

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a management or other child server, not the one people open
        }
        log.info("Quickcheck läuft auf / is running at http://localhost:{}/", event.getWebServer().getPort());
    }
}
