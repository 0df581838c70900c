package fr.lacoopol.web;

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

    @Bean
    OpenAPI coopolOpenApi() {
        return new OpenAPI()
                .info(new Info().title("la coopol").version("1")
                        .description("Le réseau des militants et sympathisants. Se connecter avec POST /api/auth/login, "
                                + "puis « Authorize » avec le jeton reçu."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
