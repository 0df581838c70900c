package fr.lacoopol.web;

import fr.lacoopol.errors.ConflictException;
import fr.lacoopol.errors.DomainException;
import fr.lacoopol.errors.ForbiddenException;
import fr.lacoopol.errors.NotFoundException;
import fr.lacoopol.errors.RuleViolationException;
import fr.lacoopol.member.InvalidValueException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where exceptions become problem+json. Mapping is by exception type, never by message text;
 * the {@code code} is stable, the {@code detail} is French for people. It extends Spring MVC's handler of its
 * own errors (unreadable body, invalid fields, missing parameter…), which would otherwise answer them first,
 * without a code.
 */
@RestControllerAdvice
class ErrorHandling extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return Problems.problem(statusOf(e), e.code(), e.getMessage());
    }

    @ExceptionHandler(ReadYourWrite.NotYetVisibleException.class)
    ResponseEntity<ProblemDetail> notYetVisible(ReadYourWrite.NotYetVisibleException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, e.code(), e.getMessage()));
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        return validation(List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(),
                        "message", f.getDefaultMessage() == null ? "invalide" : f.getDefaultMessage()))
                .toList();
        return answer(validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof InvalidValueException invalid) return answer(invalidValue(invalid));
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return answer(validation(List.of(Map.of("field", path(mismatch), "message", reason(mismatch)))));
        }
        return answer(Problems.problem(HttpStatus.BAD_REQUEST, "malformed_request", "la requête est illisible"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return answer(badParameter());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        if (name == null) return answer(badParameter());
        return answer(validation(List.of(Map.of("field", name, "message", expected(e.getRequiredType())))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return answer(Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "file_too_large", "le fichier est trop volumineux"));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return answer(domain(NotFoundException.notFound()));
    }

    /**
     * The other errors Spring MVC knows (a method or a media type not supported…) keep its answer, with a
     * {@code code} like every problem here.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            problem.setProperty("code", known == null ? "http_" + status.value()
                    : known.name().toLowerCase(Locale.ROOT));
            problem.setDetail(FRENCH_DETAILS.getOrDefault(status.value(), "la requête ne peut pas être traitée"));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    /**
     * An id that names nothing, or something of another kind (a join request's id given as a coopain
     * request's, whose events build no coopain request): both answer as for what does not exist.
     */
    @ExceptionHandler({AggregateNotFoundException.class, IncompatibleAggregateException.class})
    ProblemDetail aggregateNotFound(RuntimeException e) {
        return domain(NotFoundException.notFound());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrency(ConcurrencyException e) {
        return Problems.problem(HttpStatus.CONFLICT, "concurrent_change", "modifié en même temps par ailleurs : réessaie");
    }

    /** Through Axon Server, handler exceptions arrive wrapped: the domain exception travels as the details. */
    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class})
    ResponseEntity<ProblemDetail> remote(RuntimeException e) {
        Object details = e instanceof CommandExecutionException c ? c.getDetails().orElse(null)
                : ((QueryExecutionException) e).getDetails().orElse(null);
        if (details instanceof RemoteDomainError error) {
            return entity(Problems.problem(HttpStatus.valueOf(error.status()), error.code(), error.message()));
        }
        if (e.getCause() instanceof DomainException domain) return entity(domain(domain));
        return unexpected(e);
    }

    /** Query results are awaited with join(): the refusal inside is what the caller must see. */
    @ExceptionHandler(CompletionException.class)
    ResponseEntity<ProblemDetail> completion(CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DomainException domain) return entity(domain(domain));
        if (cause instanceof InvalidValueException invalid) return entity(invalidValue(invalid));
        if (cause instanceof QueryExecutionException || cause instanceof CommandExecutionException) {
            return remote((RuntimeException) cause);
        }
        return unexpected(e);
    }

    private static ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * A service out of reach answers 503 with Retry-After, logged in one line (a stack trace for each request
     * of an outage says nothing more); anything else is a defect, logged whole.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (ServiceUnavailable.causes(e)) {
            LOG.warn("a service is out of reach: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, ServiceUnavailable.RETRY_AFTER)
                    .body(Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, ServiceUnavailable.CODE, ServiceUnavailable.DETAIL));
        }
        LOG.error("unexpected error", e);
        return ResponseEntity.internalServerError()
                .body(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "erreur interne"));
    }

    static HttpStatus statusOf(DomainException e) {
        if (e instanceof NotFoundException) return HttpStatus.NOT_FOUND;
        if (e instanceof ConflictException) return HttpStatus.CONFLICT;
        if (e instanceof ForbiddenException) return HttpStatus.FORBIDDEN;
        if (e instanceof RuleViolationException) return HttpStatus.UNPROCESSABLE_ENTITY;
        if (e instanceof TooManyRequestsException) return HttpStatus.TOO_MANY_REQUESTS;
        if (e instanceof UnauthenticatedException) return HttpStatus.UNAUTHORIZED;
        return HttpStatus.BAD_REQUEST;
    }

    /** Spring MVC's own refusals, in the users' language. */
    private static final Map<Integer, String> FRENCH_DETAILS = Map.of(
            400, "la requête est invalide",
            405, "cette méthode n'est pas permise sur cette adresse",
            406, "aucun format de réponse accepté par le client n'est disponible",
            413, "la requête est trop volumineuse",
            415, "ce type de contenu n'est pas accepté ici");

    /** The JSON path of the value at fault: {@code memberIds[2]}, {@code address.city}. */
    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String reason(MismatchedInputException e) {
        if (e instanceof InvalidNullException) return "une valeur est obligatoire ici (null refusé)";
        return expected(e.getTargetType());
    }

    /** What a value of this type must be: for an enumeration, its values. */
    private static String expected(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "valeurs permises : " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == null) return "valeur invalide";
        return switch (type.getSimpleName()) {
            case "int", "Integer", "long", "Long" -> "un nombre entier est attendu";
            case "boolean", "Boolean" -> "true ou false est attendu";
            case "LocalDate" -> "une date AAAA-MM-JJ est attendue";
            case "Instant", "OffsetDateTime", "LocalDateTime" -> "une date et heure ISO 8601 est attendue";
            case "String" -> "un texte est attendu";
            default -> "valeur invalide";
        };
    }

    private static ProblemDetail badParameter() {
        return Problems.problem(HttpStatus.BAD_REQUEST, "bad_parameter", "un paramètre manque ou est invalide");
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ProblemDetail validation(List<Map<String, String>> errors) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "validation_failed", "des champs sont invalides");
        problem.setProperty("errors", errors);
        return problem;
    }
}
