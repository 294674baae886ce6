package org.relief.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The browser tests' own way to the server: what a test needs in place (a case at some step, a
 * standard, a roster) is made through the same HTTP API the console uses, so that the page is
 * checked against answers the test can also read.
 */
final class CaseApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    CaseApi(String base) {
        this.base = base;
    }

    /** A two-person urban dibao household: p1 (head, ID number given) with a wage of 300.00, p2 (child) with no income. */
    static String household() {
        return "{\"residence\":\"urban\",\"members\":[{\"id\":\"p1\",\"relation\":\"head\",\"idNumber\":\"411081197504120012\","
                + "\"incomes\":[{\"kind\":\"wage\",\"monthly\":\"300.00\"}]},{\"id\":\"p2\",\"relation\":\"child\","
                + "\"birthDate\":\"2012-09-03\",\"incomes\":[]}]}";
    }

    /** Opens a dibao case for {@link #household()}; its id. */
    String apply(String token, String region, String reference, String date) {
        JsonNode c = send(token, "POST", "/api/v1/cases", "{\"reference\":\"" + reference + "\",\"date\":\"" + date
                + "\",\"region\":\"" + region + "\",\"program\":\"dibao\",\"application\":{\"consent\":true,\"honestyCommitment\":true},\"household\":"
                + household() + "}", 201);
        return c.get("id").asText();
    }

    /** Takes a step (its JSON body); the case after it. */
    JsonNode step(String token, String id, String body) {
        return send(token, "POST", "/api/v1/cases/" + id + "/steps", body, 200);
    }

    /** Publishes a monthly standard for an area. */
    void publish(String token, String area, String key, String value, String from, String published) {
        publish(token, area, key, value, from, null, published);
    }

    /** Publishes a monthly standard for an area, in force until a date ({@code null}: open-ended). */
    void publish(String token, String area, String key, String value, String from, String until, String published) {
        send(token, "POST", "/api/v1/standards", "{\"key\":\"" + key + "\",\"area\":\"" + area + "\",\"value\":\"" + value
                + (until == null ? "" : "\",\"until\":\"" + until)
                + "\",\"unit\":\"monthly\",\"effectiveFrom\":\"" + from + "\",\"published\":\"" + published
                + "\",\"documentNumber\":\"浏览器测试〔" + from.substring(0, 4) + "〕1号\",\"issuer\":\"relief console test\"}", 201);
    }

    /** A roster draft as the API answers it. */
    JsonNode draft(String token, String region, String month, String date) {
        return send(token, "POST", "/api/v1/rosters", "{\"date\":\"" + date + "\",\"region\":\"" + region + "\",\"month\":\""
                + month + "\",\"submit\":false}", 200);
    }

    /** The submitted roster's bank file (text/csv). */
    String csv(String token, String region, String month) {
        HttpResponse<String> r = exchange(HttpRequest.newBuilder(URI.create(base + "/api/v1/rosters/" + region + "/" + month))
                .header("Authorization", "Bearer " + token).header("Accept", "text/csv").GET().build());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    JsonNode send(String token, String method, String path, String body, int expected) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = exchange(b.build());
        assertEquals(expected, r.statusCode(), method + " " + path + ": " + r.body());
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
