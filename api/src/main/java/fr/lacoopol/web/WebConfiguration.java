package fr.lacoopol.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Request bodies: a {@code null} inside a list or a map ({@code "memberIds": ["a", null]}) is refused as a
 * field error when the body is read, instead of reaching a handler that cannot tell whom it names. Only the
 * web's copy of the mapper is changed; events keep theirs. Answers leave whole, with their length
 * ({@link SizedJsonConverter}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter jackson) {
                converters.set(i, new SizedJsonConverter(jackson.getObjectMapper().copy()
                        .setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))));
            }
        }
    }
}
