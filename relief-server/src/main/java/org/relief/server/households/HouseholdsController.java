package org.relief.server.households;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Optional;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.model.InvalidInputException;
import org.relief.server.http.ApiException;
import org.relief.server.http.Problem;
import org.relief.server.persistence.Actor;
import org.relief.server.persistence.HouseholdRepository;
import org.relief.server.persistence.Page;
import org.relief.server.persistence.StoredHousehold;
import org.relief.server.persistence.VersionConflictException;
import org.relief.server.security.Authenticator;
import org.relief.server.security.Caller;
import org.relief.server.security.Jurisdiction;
import org.relief.server.security.Role;
import org.relief.testkit.json.DeterminationWriter;
import org.relief.testkit.json.JsonShapeException;
import org.relief.testkit.json.ReliefJson;
import org.relief.testkit.json.RequestReader;

/**
 * Stored households: create, read, update, list, soft delete, and determine one as of a date.
 * Every route needs a bearer token; a caller sees and changes only households inside its
 * jurisdiction, and one outside answers exactly like one that does not exist (404). ID numbers are
 * masked in lists; the full household goes only to a caller whose jurisdiction covers it.
 */
public final class HouseholdsController {
    /** Largest page. */
    public static final int MAX_PAGE_SIZE = 100;

    private final HouseholdRepository households;
    private final Authenticator auth;
    private final ReliefEngine engine;
    private final ObjectMapper mapper;

    @Inject
    public HouseholdsController(HouseholdRepository households, Authenticator auth, ReliefEngine engine, ObjectMapper mapper) {
        this.households = households;
        this.auth = auth;
        this.engine = engine;
        this.mapper = mapper;
    }

    /** The body of a create or update. */
    public record HouseholdInput(String label, String area, JsonNode household, Long version) {
    }

    /** The body of a determination of a stored household (the household and region come from the store). */
    public record DetermineInput(String date, String program, JsonNode standards, JsonNode application, JsonNode event,
                                 JsonNode history) {
    }

    public void create(Context ctx) throws JsonProcessingException {
        Caller c = auth.require(ctx, Role::mayWriteHouseholds, "登记家庭");
        HouseholdInput in = mapper.readValue(ctx.body(), HouseholdInput.class);
        Valid v = validate(c, in);
        StoredHousehold h = households.create(actor(c), v.area, v.label, v.body);
        ctx.status(201).header("Location", "/api/v1/households/" + h.id()).json(view(h, false));
    }

    /** The body of a bulk import: at most {@link #MAX_BULK} households, stored all or none. */
    public record BulkInput(java.util.List<HouseholdInput> items) {
    }

    /** Largest bulk import (bounded memory; import more by repeating the call). */
    public static final int MAX_BULK = 1000;

    /**
     * {@code POST /api/v1/households/bulk}: imports up to {@value #MAX_BULK} households in one
     * transaction; an invalid item (its path under {@code items[i]}) rejects the whole batch and
     * nothing is stored.
     */
    public void createBulk(Context ctx) throws JsonProcessingException {
        Caller c = auth.require(ctx, Role::mayWriteHouseholds, "登记家庭");
        BulkInput in = mapper.readValue(ctx.body(), BulkInput.class);
        if (in.items() == null || in.items().isEmpty()) {
            throw InvalidInputException.required("items");
        }
        if (in.items().size() > MAX_BULK) {
            throw InvalidInputException.invalid("items", "每次最多导入 " + MAX_BULK + " 户", "at most " + MAX_BULK + " households per call");
        }
        java.util.List<HouseholdRepository.NewHousehold> batch = new java.util.ArrayList<>(in.items().size());
        for (int i = 0; i < in.items().size(); i++) {
            String at = "items[" + i + "].";
            try {
                Valid v = validate(c, in.items().get(i) == null ? new HouseholdInput(null, null, null, null) : in.items().get(i));
                batch.add(new HouseholdRepository.NewHousehold(v.area, v.label, v.body));
            } catch (InvalidInputException e) {
                throw e.under(at);
            } catch (ApiException e) {
                Problem p = e.problem();
                throw new ApiException(new Problem(p.type(), p.title(), p.status(), p.detail(), p.code(),
                        p.field() == null ? at.substring(0, at.length() - 1) : at + p.field(), p.titleEn(), p.detailEn(), null));
            }
        }
        java.util.List<StoredHousehold> stored = households.createAll(actor(c), batch);
        ObjectNode out = mapper.createObjectNode();
        out.put("created", stored.size());
        ArrayNode ids = out.putArray("ids");
        stored.forEach(h -> ids.add(h.id()));
        ctx.status(201).json(out);
    }

    public void read(Context ctx) {
        Caller c = auth.caller(ctx);
        ctx.json(view(visible(c, id(ctx)), false));
    }

    public void update(Context ctx) throws JsonProcessingException {
        Caller c = auth.require(ctx, Role::mayWriteHouseholds, "修改家庭");
        long id = id(ctx);
        visible(c, id);
        HouseholdInput in = mapper.readValue(ctx.body(), HouseholdInput.class);
        if (in.version() == null) {
            throw InvalidInputException.required("version");
        }
        Valid v = validate(c, in);
        try {
            StoredHousehold h = households.update(actor(c), id, in.version(), v.area, v.label, v.body)
                    .orElseThrow(() -> ApiException.notFound("household " + id));
            ctx.json(view(h, false));
        } catch (VersionConflictException e) {
            throw new ApiException(Problem.of(409, "VERSION_CONFLICT", "version", "版本冲突",
                    "该家庭已被他人修改（当前版本 " + e.current() + "），请重新读取后再修改",
                    "Version conflict", "the household changed meanwhile (current version " + e.current()
                            + "): read it again and retry"));
        }
    }

    public void delete(Context ctx) {
        Caller c = auth.require(ctx, Role::mayDeleteHouseholds, "删除家庭");
        long id = id(ctx);
        visible(c, id);
        if (!households.delete(actor(c), id)) {
            throw ApiException.notFound("household " + id);
        }
        ctx.status(204);
    }

    public void list(Context ctx) {
        Caller c = auth.require(ctx, r -> r != Role.AUDITOR, "查看家庭名单");
        String filter = Optional.ofNullable(ctx.queryParam("code")).filter(s -> !s.isBlank()).orElse(null);
        String prefix = c.jurisdiction().prefix();
        if (filter != null) {
            if (!filter.matches("\\d{1,12}")) {
                throw InvalidInputException.invalid("code", "区划代码前缀须为1至12位数字", "must be 1 to 12 digits (a code prefix)");
            }
            if (filter.startsWith(prefix)) {
                prefix = filter;
            } else if (!prefix.startsWith(filter)) {
                throw Authenticator.forbidden("筛选范围超出本人管辖区域", "the filter lies outside the caller's jurisdiction");
            }
        }
        int page = org.relief.server.http.QueryParams.integer(ctx, "page", 1, 1, Integer.MAX_VALUE);
        int size = org.relief.server.http.QueryParams.integer(ctx, "size", 20, 1, MAX_PAGE_SIZE);
        Page<StoredHousehold> p = households.list(prefix, page, size);
        ObjectNode out = mapper.createObjectNode();
        ArrayNode items = out.putArray("items");
        p.items().forEach(h -> items.add(view(h, true)));
        out.put("page", p.page()).put("size", p.size()).put("total", p.total());
        ctx.json(out);
    }

    /** {@code POST /api/v1/households/{id}/determinations}: the stored household as of a date. */
    public void determine(Context ctx) throws JsonProcessingException {
        Caller c = auth.require(ctx, r -> r != Role.AUDITOR, "认定家庭");
        StoredHousehold h = visible(c, id(ctx));
        DetermineInput in = mapper.readValue(ctx.body(), DetermineInput.class);
        ObjectNode request = mapper.createObjectNode();
        request.put("region", h.region());
        if (in.date() != null) {
            request.put("date", in.date());
        }
        if (in.program() != null) {
            request.put("program", in.program());
        }
        putIfPresent(request, "standards", in.standards());
        request.set("household", ReliefJson.parse(h.body()));
        putIfPresent(request, "application", in.application());
        putIfPresent(request, "event", in.event());
        putIfPresent(request, "history", in.history());
        var answer = ReliefJson.determine(engine, request);
        ctx.status(answer.status()).contentType(answer.status() == 200 ? "application/json; charset=utf-8"
                : org.relief.server.http.Problems.CONTENT_TYPE).result(ReliefJson.compact(answer.body()));
    }

    private record Valid(String area, String label, String body) {
    }

    /** Validates an input with the core's model (same codes as determinations); nothing is stored on error. */
    private Valid validate(Caller c, HouseholdInput in) {
        if (in.label() == null || in.label().isBlank()) {
            throw InvalidInputException.required("label");
        }
        if (in.label().length() > 200) {
            throw InvalidInputException.invalid("label", "不超过200个字符", "at most 200 characters");
        }
        if (in.area() == null) {
            throw InvalidInputException.required("area");
        }
        if (!Jurisdiction.isAreaCode(in.area()) || in.area().equals("000000")) {
            throw InvalidInputException.invalid("area", "区划代码须为6、9或12位数字（县、乡镇、村）",
                    "must be a 6-, 9- or 12-digit area code (county, township, village)");
        }
        if (!c.jurisdiction().covers(in.area())) {
            throw Authenticator.forbidden("该区划不在本人管辖范围内", "the area lies outside the caller's jurisdiction");
        }
        if (in.household() == null || !in.household().isObject()) {
            throw InvalidInputException.required("household");
        }
        // Read the household exactly as a determination would (the kit's one mapping of the format).
        ObjectNode probe = mapper.createObjectNode();
        probe.put("region", in.area().substring(0, 6)).put("date", "2020-01-01").put("program", "dibao");
        probe.set("household", in.household());
        try {
            RequestReader.read(probe);
        } catch (JsonShapeException e) {
            throw new ApiException(new Problem(DeterminationWriter.PROBLEM_TYPE + DeterminationWriter.MALFORMED_CODE,
                    "请求格式不符", 400, e.messageZh(), DeterminationWriter.MALFORMED_CODE, e.path(), "Malformed request",
                    e.messageEn(), null));
        }
        return new Valid(in.area(), in.label().strip(), ReliefJson.compact(in.household()));
    }

    /** The household if the caller may see it; 404 (exactly like a missing one) otherwise. */
    private StoredHousehold visible(Caller c, long id) {
        return households.find(id).filter(h -> c.jurisdiction().covers(h.area()))
                .orElseThrow(() -> ApiException.notFound("household " + id));
    }

    private ObjectNode view(StoredHousehold h, boolean masked) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", h.id()).put("version", h.version()).put("label", h.label()).put("area", h.area())
                .put("region", h.region());
        JsonNode body;
        try {
            body = ReliefJson.parse(h.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored household " + h.id() + " is not JSON", e);
        }
        if (masked) {
            ArrayNode members = o.putArray("members");
            for (JsonNode m : body.path("members")) {
                ObjectNode mo = members.addObject();
                mo.put("id", m.path("id").asText());
                if (m.has("relation")) {
                    mo.put("relation", m.get("relation").asText());
                }
                if (m.has("idNumber")) {
                    mo.put("idNumber", mask(m.get("idNumber").asText()));
                }
            }
        } else {
            o.set("household", body);
        }
        o.put("createdAt", h.createdAt().toString()).put("updatedAt", h.updatedAt().toString());
        return o;
    }

    /** First 6 and last 4 characters shown. */
    public static String mask(String idNumber) {
        if (idNumber.length() < 10) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    private static Actor actor(Caller c) {
        return new Actor(c.name(), c.role().code(), c.jurisdiction().code());
    }

    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("household " + raw);
        }
    }

    private static void putIfPresent(ObjectNode o, String key, JsonNode v) {
        if (v != null && !v.isNull()) {
            o.set(key, v);
        }
    }
}
