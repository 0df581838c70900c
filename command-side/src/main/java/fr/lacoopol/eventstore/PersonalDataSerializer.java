package fr.lacoopol.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.lacoopol.privacy.DataSubject;
import fr.lacoopol.privacy.PersonalData;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * The event serializer: Jackson JSON, readable by auditors, with every {@link PersonalData} component of an
 * event replaced by its ciphertext under the key of the event's {@link DataSubject} (crypto-shredding).
 *
 * <p>A component's whole JSON value is encrypted, whatever its shape (a string, a record, a list). When the
 * member's key is gone, the component deserializes as {@code null}: erased, on every later read and replay,
 * while the rest of the event (that it happened, to whom, when) still replays. Used for events and snapshots
 * in both event store modes; messages without personal data pass through untouched.
 */
public class PersonalDataSerializer implements Serializer {

    private final JacksonSerializer delegate;
    private final ObjectMapper mapper;
    private final PersonalDataCipher cipher;
    private final Map<Class<?>, Optional<PersonalShape>> shapes = new ConcurrentHashMap<>();

    public PersonalDataSerializer(JacksonSerializer delegate, MemberKeys keys) {
        this.delegate = delegate;
        this.mapper = delegate.getObjectMapper();
        this.cipher = new PersonalDataCipher(keys);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        Optional<PersonalShape> shape = object == null ? Optional.empty() : shapeOf(object.getClass());
        if (shape.isEmpty()) return delegate.serialize(object, expectedRepresentation);
        ObjectNode tree = mapper.valueToTree(object);
        String subject = tree.path(shape.get().subject()).asText(null);
        if (subject == null) {
            throw new IllegalStateException(object.getClass().getSimpleName() + " has personal data but no data subject");
        }
        for (String field : shape.get().personalFields()) {
            JsonNode value = tree.get(field);
            if (value != null && !value.isNull()) {
                tree.set(field, TextNode.valueOf(cipher.encrypt(subject, writeBytes(value))));
            }
        }
        SerializedObject<byte[]> bytes = new SimpleSerializedObject<>(
                writeBytes(tree), byte[].class, typeForClass(object.getClass()));
        return getConverter().convert(bytes, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (SerializedType.emptyType().equals(serializedObject.getType())) return null;
        Class<?> type = classForType(serializedObject.getType());
        Optional<PersonalShape> shape = shapeOf(type);
        if (shape.isEmpty()) return delegate.deserialize(serializedObject);
        JsonNode tree = getConverter().convert(serializedObject, JsonNode.class).getData();
        if (!(tree instanceof ObjectNode object)) return delegate.deserialize(serializedObject);
        String subject = object.path(shape.get().subject()).asText(null);
        for (String field : shape.get().personalFields()) {
            JsonNode value = object.get(field);
            if (value != null && value.isTextual() && value.asText().startsWith(PersonalDataCipher.PREFIX)) {
                object.set(field, cipher.decrypt(subject, value.asText()).map(this::readTree).orElse(NullNode.instance));
            }
        }
        try {
            @SuppressWarnings("unchecked")
            T result = (T) mapper.treeToValue(object, type);
            return result;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read event " + type.getName(), e);
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    private Optional<PersonalShape> shapeOf(Class<?> type) {
        return shapes.computeIfAbsent(type, PersonalShape::of);
    }

    private byte[] writeBytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readTree(byte[] bytes) {
        try {
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which components of a record are personal, and which names their owner. */
    private record PersonalShape(String subject, List<String> personalFields) {

        static Optional<PersonalShape> of(Class<?> type) {
            if (!type.isRecord()) return Optional.empty();
            RecordComponent[] components = type.getRecordComponents();
            List<String> personal = java.util.Arrays.stream(components)
                    .filter(c -> c.isAnnotationPresent(PersonalData.class))
                    .map(RecordComponent::getName)
                    .toList();
            if (personal.isEmpty()) return Optional.empty();
            String subject = java.util.Arrays.stream(components)
                    .filter(c -> c.isAnnotationPresent(DataSubject.class))
                    .map(RecordComponent::getName)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            type.getName() + " has @PersonalData but no @DataSubject component"));
            return Optional.of(new PersonalShape(subject, personal));
        }
    }
}
