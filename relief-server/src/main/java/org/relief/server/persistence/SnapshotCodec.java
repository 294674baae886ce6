package org.relief.server.persistence;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.relief.core.ledger.LedgerGrant;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.Step;
import org.relief.core.roster.Roster;

/**
 * The stored form of core's lifecycle values — a {@link Case} with every step, its determinations
 * and traces; a {@link Roster}; a {@link LedgerGrant} — as JSON, read back equal. Core carries no
 * Jackson annotations: the mapping is set here, reading the records' fields (never their derived
 * getters) and naming each step's type by its code. A stored value that no longer reads is an error,
 * never a silent default.
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

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addMixIn(Step.class, StepMixin.class)
            .build();

    private SnapshotCodec() {
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
