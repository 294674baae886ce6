package org.relief.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.relief.testkit.json.ReliefJson;

/**
 * The server's one ObjectMapper: the kit's strictly configured mapper (unknown properties,
 * duplicate keys and trailing tokens rejected, decimals exact) plus ISO dates for the server's own
 * views and no nulls written.
 */
public final class ServerJson {
    private ServerJson() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper m = ReliefJson.mapper().copy();
        m.registerModule(new JavaTimeModule());
        m.registerModule(new Jdk8Module());
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.disable(SerializationFeature.INDENT_OUTPUT);
        m.setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
        return m;
    }
}
