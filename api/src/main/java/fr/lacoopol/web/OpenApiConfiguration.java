package fr.lacoopol.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OPS-5: the OpenAPI description, with the bearer token the interactive page needs to call the API. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    @Bean
    OpenAPI coopolOpenApi() {
        return new OpenAPI()
                .info(new Info().title("la coopol").version("1")
                        .description("Le réseau des militants et sympathisants. Se connecter avec POST /api/auth/login, "
                                + "puis « Authorize » avec le jeton reçu. Les erreurs sont des problem+json avec un `code` "
                                + "stable ; ce qu'on ne peut pas voir répond 404 `not_found`, comme ce qui n'existe pas. "
                                + "Un POST envoyé avec l'en-tête `Idempotency-Key` (8 à 128 caractères) ne s'exécute qu'une "
                                + "fois : renvoyé avec la même clé, il reçoit la première réponse."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * Every variable of a path is described, also where the handler takes it resolved (a section a caller
     * manages) rather than as a {@code @PathVariable} string.
     */
    @Bean
    OpenApiCustomizer everyPathVariableDescribed() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            Matcher variable = PATH_VARIABLE.matcher(path);
            while (variable.find()) {
                String name = variable.group(1);
                boolean described = operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(parameter -> name.equals(parameter.getName()) && "path".equals(parameter.getIn()));
                if (!described) operation.addParametersItem(new PathParameter().name(name).required(true)
                        .schema(new StringSchema()));
            }
        }));
    }
}
