package fr.lacoopol.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.lacoopol.identity.Sessions;
import fr.lacoopol.web.Problems;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, Sessions sessions, ObjectMapper json)
            throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens, no cookies: nothing for a forged request to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(sessions, json), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // A streamed download ends on an async dispatch of a request already authorised on its way in.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/password-reset-requests",
                                "/api/auth/password-resets", "/api/auth/password-strength",
                                "/api/invitations/*/accept", "/api/me/email-confirmations", "/api/pre-registrations",
                                "/api/contact-unsubscriptions/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/charter", "/pages.css").permitAll()
                        // The pages e-mail links open: the signed token in the path is the permission.
                        .requestMatchers("/", "/invitation/*", "/mot-de-passe/*", "/confirmer-email/*",
                                "/desinscription/*", "/messagerie/*", "/evenements/*", "/coopains",
                                "/coopains/demandes").permitAll()
                        // A calendar feed (EVT-11): calendar apps read it without logging in; the secret is the permission.
                        .requestMatchers(HttpMethod.GET, "/api/calendar/*").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/admin/**", "/api/federations", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/audit/**").hasRole("AUDITOR")
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> Problems.write(json, response,
                                HttpStatus.UNAUTHORIZED, "unauthenticated", "il faut se connecter"))
                        .accessDeniedHandler((request, response, ex) -> Problems.write(json, response,
                                HttpStatus.FORBIDDEN, "forbidden", "accès refusé")))
                .build();
    }

    /**
     * No observation of the security filters. With the actuator's observation registry present, Spring Security
     * wraps each of its dozen filters in two observations of its own, on every request: a sixth of the inbox
     * read's allocations (264 to 219 KB) and a share of its CPU, for spans nobody collects. The requests
     * themselves are still observed once (the {@code http.server.requests} metric).
     */
    @Bean
    SecurityObservationSettings noSecurityFilterObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The rules above match paths with Spring MVC's own parser ({@code PathPattern}), on the path parsed once per
     * request. Without this bean each rule asks MVC's handler mappings whether they would take the request
     * ({@code MvcRequestMatcher} through the {@code HandlerMappingIntrospector}), on every request.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatchers() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** bcrypt, cost 10: an adaptive hash (ACC-7). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }
}
