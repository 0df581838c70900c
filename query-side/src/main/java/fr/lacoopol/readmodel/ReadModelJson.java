package fr.lacoopol.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** Values stored as JSON text in read-model columns. */
public class ReadModelJson {

    private final ObjectMapper mapper;

    ReadModelJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        if (value == null) return null;
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        if (json == null) return null;
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model JSON for " + type.getSimpleName(), e);
        }
    }

    public <T> List<T> readList(String json, Class<T> element) {
        if (json == null) return List.of();
        try {
            return mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, element));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable read-model JSON list of " + element.getSimpleName(), e);
        }
    }
}
