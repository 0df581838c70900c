package fr.lacoopol.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, before any of the application's code runs (a path it cannot decode, a header
 * too large): a problem document in French like every other refusal, instead of its English HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "la requête est mal formée",
            404, "introuvable",
            408, "la requête a pris trop de temps",
            413, "la requête est trop volumineuse",
            414, "l'adresse demandée est trop longue",
            431, "les en-têtes de la requête sont trop volumineux",
            500, "erreur interne",
            503, ServiceUnavailable.DETAIL);

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        String detail = DETAILS.getOrDefault(status, "la requête ne peut pas être traitée");
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) return;
            writer.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail
                    + "\",\"code\":\"http_" + status + "\"}");
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            container.getLogger().debug("could not write the error report", e);
        }
    }

    /** Installs the valve on the embedded Tomcat's host. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
