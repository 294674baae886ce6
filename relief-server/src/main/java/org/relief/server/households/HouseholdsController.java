package org.relief.server.households;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relief.core.engine.ReliefEngine;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.IsoDates;
import org.relief.core.model.Money;
import org.relief.server.http.ApiException;
import org.relief.server.http.BodyFields;
import org.relief.server.http.JsonBody;
import org.relief.server.http.Problem;
import org.relief.server.http.Problems;
import org.relief.server.http.QueryParams;
import org.relief.server.persistence.Actor;
import org.relief.server.persistence.HouseholdRepository;
import org.relief.server.persistence.Page;
import org.relief.server.persistence.StoredHousehold;
import org.relief.server.persistence.VersionConflictException;
import org.relief.server.security.Authenticator;
import org.relief.server.security.Caller;
import org.relief.server.security.IdMask;
import org.relief.server.security.Jurisdiction;
import org.relief.server.security.Role;
import org.relief.testkit.json.JsonShapeException;
import org.relief.testkit.json.ReliefJson;
import org.relief.testkit.json.RequestReader;
import org.relief.testkit.json.StrictObject;

/**
 * Stored households: create, read, update, list, soft delete, and determine one as of a date.
 * Every route needs a bearer token (roles: the route table); a caller sees and changes only
 * households inside its jurisdiction, and one outside answers exactly like one that does not exist
 * (404). ID numbers are masked in lists and for roles that do not handle cases (auditors); ID-number
 * shapes in free text (labels, member ids) are masked wherever ID numbers are. Bodies are read
 * strictly ({@link JsonBody}, the kit's {@link StrictObject} and {@link RequestReader}).
 */
public final class HouseholdsController {
    /** Largest page. */
    public static final int MAX_PAGE_SIZE = 100;
    /** Largest page number (a deeper page is refused, not computed). */
    public static final int MAX_PAGE = 1_000_000;
    /** Largest bulk import (bounded memory; import more by repeating the call). */
    public static final int MAX_BULK = 1000;
    /** Longest label. */
    public static final int MAX_LABEL = 200;

    private static final Set<String> CREATE_KEYS = Set.of("label", "area", "household");
    private static final Set<String> UPDATE_KEYS = Set.of("version", "label", "area", "household");
    private static final Set<String> DETERMINE_KEYS = Set.of("date", "program", "standards", "application", "event",
            "history");
    /** A date no born-after or validity check can trip on: the probe only reads the household's shape and values. */
    private static final String PROBE_DATE = IsoDates.MAX_YEAR + "-12-31";

    private final HouseholdRepository households;
    private final ReliefEngine engine;
    private final ObjectMapper mapper;
    private final BulkPipeline pipeline;

    @Inject
    public HouseholdsController(HouseholdRepository households, ReliefEngine engine, ObjectMapper mapper,
                                BulkPipeline pipeline) {
        this.households = households;
        this.engine = engine;
        this.mapper = mapper;
        this.pipeline = pipeline;
    }

    public void create(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        Valid v = validate(c, JsonBody.object(ctx, CREATE_KEYS));
        StoredHousehold h = households.create(actor(c), v.area, v.label, v.body);
        ctx.status(201).header("Location", "/api/v1/households/" + h.id()).json(view(h, View.FULL));
    }

    /**
     * {@code POST /api/v1/households/bulk}: imports up to {@value #MAX_BULK} households in one
     * transaction; an invalid item (its path under {@code items[i]}) rejects the whole batch and
     * nothing is stored.
     */
    public void createBulk(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        byte[] body = JsonBody.bytes(ctx);
        // A plainly valid body is read and validated on a reader while this thread stores it (BulkPipeline); anything
        // else, and a call when no reader is free, the ordinary way below, which gives the same rows or the error.
        List<StoredHousehold> stored = pipeline.run(body, MAX_BULK, item -> newHousehold(c, item),
                slices -> households.createAll(actor(c), slices)).orElseGet(() -> createBulk(c, JsonBody.parse(body)));
        ObjectNode out = mapper.createObjectNode();
        out.put("created", stored.size());
        ArrayNode ids = out.putArray("ids");
        stored.forEach(h -> ids.add(h.id()));
        ctx.status(201).json(out);
    }

    /** The ordinary way of a bulk import: the whole body's tree, every item validated, then stored. */
    private List<StoredHousehold> createBulk(Caller c, JsonNode body) {
        StrictObject in = StrictObject.of(body, "", Set.of("items"));
        List<JsonNode> items = in.array("items", (node, path) -> node).orElseThrow(() -> InvalidInputException.required("items"));
        if (items.isEmpty()) {
            throw InvalidInputException.required("items");
        }
        if (items.size() > MAX_BULK) {
            throw InvalidInputException.invalid("items", "每次最多导入 " + MAX_BULK + " 户", "at most " + MAX_BULK + " households per call");
        }
        List<HouseholdRepository.NewHousehold> batch = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = "items[" + i + "].";
            try {
                batch.add(newHousehold(c, items.get(i)));
            } catch (InvalidInputException e) {
                throw e.under(at);
            } catch (JsonShapeException e) {
                throw e.under(at);
            } catch (ApiException e) {
                throw new ApiException(e.problem().under(at));
            }
        }
        return households.createAll(actor(c), batch);
    }

    /** One item of a bulk import, validated (its errors without the item's path). */
    private HouseholdRepository.NewHousehold newHousehold(Caller c, JsonNode item) {
        Valid v = validate(c, StrictObject.of(item, "", CREATE_KEYS));
        return new HouseholdRepository.NewHousehold(v.area, v.label, v.body);
    }

    public void read(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        ctx.json(view(visible(c, id(ctx)), c.role() == Role.AUDITOR ? View.MASKED : View.FULL));
    }

    public void update(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        long id = id(ctx);
        visible(c, id);
        StrictObject in = JsonBody.object(ctx, UPDATE_KEYS);
        int version = in.integer("version").orElseThrow(() -> InvalidInputException.required("version"));
        Valid v = validate(c, in);
        try {
            StoredHousehold h = households.update(actor(c), id, version, v.area, v.label, v.body)
                    .orElseThrow(() -> ApiException.notFound("household " + id));
            ctx.json(view(h, View.FULL));
        } catch (VersionConflictException e) {
            throw new ApiException(Problem.of(409, "VERSION_CONFLICT", "version", "版本冲突",
                    "该家庭已被他人修改（当前版本 " + e.current() + "），请重新读取后再修改",
                    "Version conflict", "the household changed meanwhile (current version " + e.current()
                            + "): read it again and retry"));
        }
    }

    public void delete(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        long id = id(ctx);
        visible(c, id);
        if (!households.delete(actor(c), id)) {
            throw ApiException.notFound("household " + id);
        }
        ctx.status(204);
    }

    public void list(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        Optional<String> filter = QueryParams.optional(ctx, "code");
        String prefix = c.jurisdiction().prefix();
        if (filter.isPresent()) {
            if (!filter.get().matches("[0-9]{1,12}")) {
                throw InvalidInputException.invalid("code", "区划代码前缀须为1至12位数字", "must be 1 to 12 digits (a code prefix)");
            }
            if (filter.get().startsWith(prefix)) {
                prefix = filter.get();
            } else if (!prefix.startsWith(filter.get())) {
                throw Authenticator.forbidden("筛选范围超出本人管辖区域", "the filter lies outside the caller's jurisdiction");
            }
        }
        int page = QueryParams.integer(ctx, "page", 1, 1, MAX_PAGE);
        int size = QueryParams.integer(ctx, "size", 20, 1, MAX_PAGE_SIZE);
        Page<StoredHousehold> p = households.list(prefix, page, size);
        ObjectNode out = mapper.createObjectNode();
        ArrayNode items = out.putArray("items");
        p.items().forEach(h -> items.add(view(h, View.LIST)));
        out.put("page", p.page()).put("size", p.size()).put("total", p.total());
        ctx.json(out);
    }

    /** {@code POST /api/v1/households/{id}/determinations}: the stored household as of a date. */
    public void determine(Context ctx) throws JsonProcessingException {
        Caller c = Authenticator.caller(ctx);
        StoredHousehold h = visible(c, id(ctx));
        StrictObject in = JsonBody.object(ctx, DETERMINE_KEYS);
        ObjectNode request = mapper.createObjectNode();
        request.put("region", h.region());
        for (String key : List.of("date", "program", "standards")) {
            in.opt(key).ifPresent(v -> request.set(key, v));
        }
        request.set("household", ReliefJson.parse(h.body()));
        for (String key : List.of("application", "event", "history")) {
            in.opt(key).ifPresent(v -> request.set(key, v));
        }
        var answer = ReliefJson.determine(engine, request);
        JsonBody.send(ctx, answer.status(), answer.status() == 200 ? "application/json; charset=utf-8" : Problems.CONTENT_TYPE,
                ReliefJson.compact(answer.status() == 200 ? answer.body()
                        : mapper.valueToTree(Problem.of(answer.status(), answer.body()).withInstance(ctx.path()))));
    }

    private record Valid(String area, String label, String body) {
    }

    /**
     * Validates an input with the kit's reader (same codes as determinations); nothing is stored on error.
     * Its household's amounts are normalised in place (the input is read once, then dropped).
     */
    private Valid validate(Caller c, StrictObject in) {
        String label = BodyFields.text(in, "label", MAX_LABEL).strip();
        String area = in.text("area").orElseThrow(() -> InvalidInputException.required("area"));
        if (!Jurisdiction.isAreaCode(area) || area.equals("000000")) {
            throw InvalidInputException.invalid("area", "区划代码须为6、9或12位数字（县、乡镇、村）",
                    "must be a 6-, 9- or 12-digit area code (county, township, village)");
        }
        if (!c.jurisdiction().covers(area)) {
            throw Authenticator.forbidden("该区划不在本人管辖范围内", "the area lies outside the caller's jurisdiction");
        }
        JsonNode household = in.require("household");
        // Read the household exactly as a determination would (the kit's one mapping of the format).
        ObjectNode probe = mapper.createObjectNode();
        probe.put("region", area.substring(0, 6)).put("date", PROBE_DATE).put("program", "dibao");
        probe.set("household", household);
        RequestReader.read(probe);
        return new Valid(area, label, ReliefJson.compact(normalisedMoney((ObjectNode) household)));
    }

    /** Amounts stored as the API writes every amount: "800" → "800.00" (already validated by the reader). */
    private static ObjectNode normalisedMoney(ObjectNode household) {
        yuan(household.get("assets"), "financial");
        yuan(household.get("currentDibao"), "monthly");
        for (JsonNode m : household.path("members")) {
            for (JsonNode i : m.path("incomes")) {
                yuan(i, "monthly");
            }
        }
        return household;
    }

    private static void yuan(JsonNode parent, String key) {
        if (parent instanceof ObjectNode o && o.path(key).isTextual()) {
            o.put(key, Money.parse(o.get(key).textValue(), key).toString());
        }
    }

    /** The household if the caller may see it; 404 (exactly like a missing one) otherwise. */
    private StoredHousehold visible(Caller c, long id) {
        return households.find(id).filter(h -> c.jurisdiction().covers(h.area()))
                .orElseThrow(() -> ApiException.notFound("household " + id));
    }

    /** What a view shows: everything, everything with ID numbers masked, or a list row (masked). */
    private enum View { FULL, MASKED, LIST }

    private ObjectNode view(StoredHousehold h, View v) {
        ObjectNode o = mapper.createObjectNode();
        boolean masked = v != View.FULL;
        o.put("id", h.id()).put("version", h.version()).put("label", masked ? IdMask.text(h.label()) : h.label())
                .put("area", h.area()).put("region", h.region());
        JsonNode body;
        try {
            body = ReliefJson.parse(h.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored household " + h.id() + " is not JSON", e);
        }
        if (v == View.LIST) {
            ArrayNode members = o.putArray("members");
            for (JsonNode m : body.path("members")) {
                ObjectNode mo = members.addObject();
                mo.put("id", IdMask.text(m.path("id").asText()));
                if (m.has("relation")) {
                    mo.put("relation", m.get("relation").asText());
                }
                if (m.has("idNumber")) {
                    mo.put("idNumber", IdMask.idNumber(m.get("idNumber").asText()));
                }
            }
        } else {
            if (masked) {
                for (JsonNode m : body.path("members")) {
                    ObjectNode mo = (ObjectNode) m;
                    mo.put("id", IdMask.text(mo.path("id").asText()));
                    if (mo.has("idNumber")) {
                        mo.put("idNumber", IdMask.idNumber(mo.get("idNumber").asText()));
                    }
                }
            }
            o.set("household", body);
        }
        o.put("createdAt", h.createdAt().toString()).put("updatedAt", h.updatedAt().toString());
        return o;
    }

    /** First 6 and last 4 characters shown ({@link IdMask#idNumber}). */
    public static String mask(String idNumber) {
        return IdMask.idNumber(idNumber);
    }

    private static Actor actor(Caller c) {
        return new Actor(c.name(), c.role().code(), c.jurisdiction().code());
    }

    private static long id(Context ctx) {
        return QueryParams.id(ctx, "id", "household");
    }
}
