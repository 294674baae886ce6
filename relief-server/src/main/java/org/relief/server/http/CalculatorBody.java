package org.relief.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relief.core.spi.CalculatorParameter;
import org.relief.testkit.json.StrictObject;

/**
 * Reads the JSON body of {@code POST /api/v1/calculators/{calculator}} into the raw values core's
 * {@link org.relief.core.spi.CalculatorInput} checks, with the kit's {@link StrictObject} like every
 * other body: a key the calculator does not declare, a {@code null}, or a value of the wrong JSON type
 * for its declared type (a number for a date, a decimal for a count) is 400; an amount given as a
 * JSON number, a string too long, and every invalid value (a negative count, a month that does not
 * exist, an enum value not declared, a required input missing) are 422 naming the field
 * ({@code payments[1].periodStart}).
 */
final class CalculatorBody {
    private CalculatorBody() {
    }

    /** The body's values for the {@code declared} inputs, keyed by name; an element of a list is a map of its fields. */
    static Map<String, Object> read(JsonNode body, List<CalculatorParameter> declared) {
        return read(body, "", declared);
    }

    private static Map<String, Object> read(JsonNode node, String path, List<CalculatorParameter> declared) {
        Set<String> names = new LinkedHashSet<>();
        declared.forEach(p -> names.add(p.name()));
        StrictObject o = StrictObject.of(node, path, names);
        Map<String, Object> out = new LinkedHashMap<>();
        for (CalculatorParameter p : declared) {
            String key = p.name();
            Optional<?> v = switch (p.type()) {
                case INTEGER -> o.integer(key);
                case MONEY -> o.amount(key);
                case DECIMAL -> o.opt(key).map(n -> StrictObject.decimalValue(n, o.path(key), false));
                case LIST -> o.array(key, (element, at) -> read(element, at, p.fields()));
                case DATE, MONTH, ENUM, ADMIN_CODE -> o.text(key);
            };
            v.ifPresent(x -> out.put(key, x));
        }
        return out;
    }
}
