package fr.lacoopol.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Type;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * JSON answers written whole, with their {@code Content-Length}. Spring's converter flushes the body as soon as it
 * is written, before the request ends: Tomcat then commits the answer without a length, in chunks, and writes
 * twice — the headers and body, then the closing chunk. Written here to a buffer first, the answer leaves in one
 * write with its length. The answers are small; the large ones (files, exports, the rejected rows) are not JSON
 * values and do not come through here.
 */
final class SizedJsonConverter extends MappingJackson2HttpMessageConverter {

    SizedJsonConverter(ObjectMapper mapper) {
        super(mapper);
    }

    @Override
    protected void writeInternal(Object object, Type type, HttpOutputMessage output) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(512);
        super.writeInternal(object, type, new HttpOutputMessage() {
            @Override
            public OutputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return output.getHeaders();
            }
        });
        output.getHeaders().setContentLength(body.size());
        body.writeTo(output.getBody());
    }
}
