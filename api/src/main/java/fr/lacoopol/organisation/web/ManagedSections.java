package fr.lacoopol.organisation.web;

import java.util.List;
import java.util.Map;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import fr.lacoopol.access.Viewer;
import fr.lacoopol.identity.Placements;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.ids.FederationId;
import fr.lacoopol.ids.SectionId;
import fr.lacoopol.security.CurrentCaller;
import org.springframework.stereotype.Component;

/**
 * The one door of every section-management endpoint: a handler that takes a {@link ManagedSection} gets the
 * section of its {@code {sectionId}} only if the caller is a secretary of it or the referent of its federation
 * (from the command-side access tables, so a promotion or demotion counts on the next request). Anyone else
 * gets exactly the answer a section that does not exist gets, before the handler runs.
 */
@Component
public class ManagedSections implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static {
        // Resolved from the path, never sent by a client: the OpenAPI description shows {sectionId} instead.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ManagedSection.class);
    }

    private final Placements placements;

    ManagedSections(Placements placements) {
        this.placements = placements;
    }

    /** The section, if the caller manages it; else "not found". */
    ManagedSection require(String sectionId) {
        SectionId section = new SectionId(sectionId);
        Viewer viewer = CurrentCaller.viewer();
        FederationId federation = placements.federationOfSection(section).orElseThrow(ManagedSections::notFound);
        if (viewer.isSecretaryOf(section) || viewer.isReferentOf(federation)) {
            return new ManagedSection(section, federation, viewer);
        }
        throw notFound();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ManagedSection.class;
    }

    @Override
    public ManagedSection resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                          NativeWebRequest request, WebDataBinderFactory binders) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String sectionId = variables == null ? null : variables.get("sectionId");
        if (sectionId == null) throw new IllegalStateException(parameter.getMethod() + " takes a ManagedSection without {sectionId}");
        return require(sectionId);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    public static NotFoundException notFound() {
        return new NotFoundException();
    }

    /** A section the caller manages, with its federation. */
    public record ManagedSection(SectionId id, FederationId federationId, Viewer viewer) {
    }
}
