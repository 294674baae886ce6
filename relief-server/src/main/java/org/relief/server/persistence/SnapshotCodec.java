package org.relief.server.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;
import org.relief.core.ledger.LedgerGrant;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.DeferredSteps;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepRecord;
import org.relief.core.roster.Roster;

/**
 * The stored form of core's lifecycle values — a {@link Case} with every step, its determinations
 * and traces; a {@link Roster}; a {@link LedgerGrant} — as JSON, read back equal. Core carries no
 * Jackson annotations: the mapping is set here, reading the records' fields (never their derived
 * getters) and naming each step's type by its code. A stored value that no longer reads is an error,
 * never a silent default.
 *
 * <p>A case is stored in two parts: its state ({@link #writeCase}: every field, the steps written as
 * their number) and each step with its report ({@link #write} of a {@link StepRecord}), so that a
 * reader needing the state only — a roster — never decodes the history. {@link #readCase} reads
 * either form: a case written whole (before schema version 4) has its steps in it; a case written
 * in two parts gets {@link DeferredSteps} that its {@link StepSource} reads when they are used.
 */
public final class SnapshotCodec {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@step")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Step.Apply.class, name = "apply"),
            @JsonSubTypes.Type(value = Step.Accept.class, name = "accept"),
            @JsonSubTypes.Type(value = Step.Survey.class, name = "survey"),
            @JsonSubTypes.Type(value = Step.Propose.class, name = "propose"),
            @JsonSubTypes.Type(value = Step.Objection.class, name = "object"),
            @JsonSubTypes.Type(value = Step.Appraise.class, name = "appraise"),
            @JsonSubTypes.Type(value = Step.Extend.class, name = "extend"),
            @JsonSubTypes.Type(value = Step.Decide.class, name = "decide"),
            @JsonSubTypes.Type(value = Step.Withdraw.class, name = "withdraw"),
            @JsonSubTypes.Type(value = Step.Review.class, name = "review"),
            @JsonSubTypes.Type(value = Step.Terminate.class, name = "terminate"),
            @JsonSubTypes.Type(value = Step.Death.class, name = "death"),
            @JsonSubTypes.Type(value = Step.Fraud.class, name = "fraud")})
    private interface StepMixin {
    }

    /** How every mapper reads a case's steps: a list, or their number (then read through the {@link StepSource}). */
    private abstract static class CaseMixin {
        @JsonDeserialize(using = StepsReader.class)
        List<StepRecord> steps;
    }

    /** How a case's state is written: its steps as their number. */
    private abstract static class CaseStateMixin {
        @JsonDeserialize(using = StepsReader.class)
        @JsonSerialize(using = StepCount.class)
        List<StepRecord> steps;
    }

    /** Reads the steps of a stored case, when they are needed: the first {@code count} steps of that case, in order. */
    @FunctionalInterface
    public interface StepSource {
        /** The case's first {@code count} steps, in order. */
        List<StepRecord> steps(int count);
    }

    private static final ObjectMapper MAPPER = mapper(CaseMixin.class);
    private static final ObjectMapper STATE = mapper(CaseStateMixin.class);
    private static final JavaType STEP_LIST = TypeFactory.defaultInstance().constructCollectionType(List.class, StepRecord.class);
    private static final ObjectReader CASE = MAPPER.readerFor(Case.class);
    private static final ObjectReader STEP = MAPPER.readerFor(StepRecord.class);

    private SnapshotCodec() {
    }

    private static ObjectMapper mapper(Class<?> caseMixin) {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .addMixIn(Step.class, StepMixin.class)
                .addMixIn(Case.class, caseMixin)
                .build();
    }

    /** The JSON of a case's state: every field, its steps as their number (each step is stored with {@link #write}). */
    public static String writeCase(Case c) {
        try {
            return STATE.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write case " + c.id() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A case read back from its stored JSON: written whole, with its steps; written by {@link #writeCase},
     * with steps that {@code source} reads when they are first used.
     */
    public static Case readCase(String json, StepSource source) {
        try {
            return CASE.withAttribute(StepSource.class, source).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored Case cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** A step read back from its stored JSON ({@link #write} of a {@link StepRecord}). */
    public static StepRecord readStep(String json) {
        try {
            return STEP.readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored StepRecord cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static final class StepCount extends StdSerializer<List<StepRecord>> {
        private static final long serialVersionUID = 1L;

        StepCount() {
            super(STEP_LIST);
        }

        @Override
        public void serialize(List<StepRecord> steps, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeNumber(steps.size());
        }
    }

    private static final class StepsReader extends StdDeserializer<List<StepRecord>> {
        private static final long serialVersionUID = 1L;

        StepsReader() {
            super(STEP_LIST);
        }

        @Override
        public List<StepRecord> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return ctxt.readValue(p, STEP_LIST);
            }
            int count = p.getIntValue();
            if (!(ctxt.getAttribute(StepSource.class) instanceof StepSource source)) {
                return ctxt.reportInputMismatch(this, "the case's %d steps are stored apart: read it with readCase", count);
            }
            return DeferredSteps.of(count, () -> source.steps(count));
        }
    }

    /** The JSON of a value. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A value read back from its JSON. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
