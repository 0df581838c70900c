package fr.lacoopol.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.lacoopol.organisation.web.ManagedSections.ManagedSection;
import fr.lacoopol.organisation.web.NotSectionManagement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Section authorisation has one door: every endpoint under {@code /api/sections/{sectionId}} takes the
 * section as a {@code ManagedSection} (resolved only for its secretaries and its federation's referent), or
 * says why it is not section management. A new endpoint that does neither fails here.
 */
class SectionDoorTest extends ApiTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everySectionEndpointGoesThroughTheDoorOrSaysWhyNot() {
        List<String> open = new ArrayList<>();
        int guarded = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            boolean sectionPath = mapping.getKey().getPatternValues().stream()
                    .anyMatch(pattern -> pattern.startsWith("/api/sections/{sectionId}"));
            if (!sectionPath) continue;
            HandlerMethod handler = mapping.getValue();
            boolean takesManagedSection = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == ManagedSection.class);
            if (takesManagedSection) {
                guarded++;
            } else if (!handler.hasMethodAnnotation(NotSectionManagement.class)) {
                open.add(handler.getShortLogMessage());
            }
        }
        assertThat(open).as("section endpoints without the door").isEmpty();
        assertThat(guarded).isGreaterThanOrEqualTo(27);
    }

    @Test
    void theDescriptionNamesTheSectionInThePathNeverAsAnObject() {
        JsonNode paths = get("/v3/api-docs", null).body().path("paths");
        List<String> undescribed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/sections/{sectionId}")) continue;
            for (JsonNode operation : path.getValue()) {
                boolean described = false;
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("name").asText().equals("section")) undescribed.add(path.getKey() + " takes an object");
                    if (parameter.path("name").asText().equals("sectionId") && parameter.path("in").asText().equals("path")) {
                        described = true;
                    }
                }
                if (!described) undescribed.add(path.getKey());
            }
        }
        assertThat(undescribed).isEmpty();
    }
}
