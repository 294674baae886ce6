package org.relief.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonBody#streamArray}: the objects of a plainly valid {@code {"items": [...]}} one by one, exactly those
 * {@link JsonBody#parse} gives; {@code false} for everything {@code parse} or the bulk endpoint's shape would refuse.
 */
class JsonBodyStreamTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<ObjectNode> streamed(String body, int max) {
        List<ObjectNode> out = new ArrayList<>();
        assertTrue(JsonBody.streamArray(utf8(body), "items", max, out::add), body);
        return out;
    }

    @Test
    void validBody_givesTheObjectsParseGives_inOrder() {
        String body = " {\"items\" : [ {\"a\":1.50,\"b\":[true,null,\"x\"],\"c\":{\"d\":\"\\uD83D\\uDE00\"}},\n"
                + "{\"a\":\"800\"}, {} ] } \n";
        List<ObjectNode> items = streamed(body, 3);
        JsonNode parsed = JsonBody.parse(utf8(body)).get("items");
        assertEquals(parsed.size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(parsed.get(i), items.get(i), "item " + i);
        }
        assertTrue(items.get(0).get("a").isBigDecimal(), "the mapper's features: decimals as BigDecimal, as parse reads them");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"items\":[{\"a\":1}]",                       // not JSON: unclosed
        "{\"items\":[{\"a\":1}]} x",                    // trailing content
        "{\"items\":[{\"a\":1}]}{}",                    // a second document
        "{\"items\":[{\"a\":1,\"a\":2}]}",              // a duplicate key in an item
        "{\"items\":[{\"a\":1}],\"items\":[{\"a\":1}]}", // the key twice
        "{\"items\":[{\"a\":1}],\"more\":1}",           // another key after
        "{\"more\":1,\"items\":[{\"a\":1}]}",           // another key before
        "{\"items\":{\"a\":1}}",                        // not an array
        "{\"items\":null}",
        "{\"items\":[]}",                               // no item
        "{\"items\":[{\"a\":1},null]}",                 // an element not an object
        "{\"items\":[{\"a\":1},2]}",
        "{\"items\":[[{\"a\":1}]]}",
        "{\"items\":[{\"a\":1},{\"a\":2},{\"a\":3}]}",  // more than max (2)
        "{\"items\":[{\"a\":\"\\uD800\"}]}",            // a lone surrogate in a value
        "{\"items\":[{\"\\uDC00\":1}]}",                // ... in a key
        "[{\"a\":1}]",                                  // not an object
        "{}",
        "{\"Items\":[{\"a\":1}]}"
    })
    void notPlainlyValid_false(String body) {
        List<ObjectNode> seen = new ArrayList<>();
        assertFalse(JsonBody.streamArray(utf8(body), "items", 2, seen::add), body);
    }

    @Test
    void whatTheConsumerThrows_isThrown() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JsonBody.streamArray(
                utf8("{\"items\":[{\"a\":1}]}"), "items", 2, o -> {
                    throw new IllegalStateException("invalid item");
                }));
        assertEquals("invalid item", e.getMessage());
    }
}
