package org.relief.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.relief.core.ledger.GrantRequest;
import org.relief.core.ledger.GrantResult;
import org.relief.core.ledger.Grants;
import org.relief.core.lifecycle.RecordsCsv;
import org.relief.core.model.AdminCode;
import org.relief.core.sample.Sampler;
import org.relief.server.http.JsonBody;
import org.relief.server.http.QueryParams;
import org.relief.server.persistence.AuditLog;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaCaseStore;
import org.relief.server.persistence.SnapshotCodec;
import org.relief.server.security.Authenticator;
import org.relief.server.security.Caller;
import org.relief.testkit.json.CaseWriter;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.json.LedgerJson;

/**
 * The ledger, the county sample and integrity records over HTTP: {@code POST /api/v1/grants} records a
 * temporary or medical grant (caps counted over the county's ledger; audited), {@code POST
 * /api/v1/samples} draws the county's sample re-check (安徽 AH-05; audited), {@code GET
 * /api/v1/records?county=} exports the county's dishonesty records as the credit platform's CSV
 * (masked ID numbers only).
 */
public final class LedgerController {
    private final Database db;
    private final Grants grants;
    private final Sampler sampler;
    private final JpaCaseStore cases;
    private final AuditLog audit;

    @Inject
    public LedgerController(Database db, Grants grants, Sampler sampler, JpaCaseStore cases, AuditLog audit) {
        this.db = db;
        this.grants = grants;
        this.sampler = sampler;
        this.cases = cases;
        this.audit = audit;
    }

    /** {@code POST /api/v1/grants}. */
    public void grant(Context ctx) {
        Answers.send(ctx, grant(Authenticator.caller(ctx), JsonBody.read(ctx)));
    }

    /** Records a grant for {@code c} from the binding's body (also the demo data's way in). */
    public JsonAnswer grant(Caller c, JsonNode body) {
        GrantRequest r = LedgerJson.readGrant(body);
        within(c, r.county());
        return db.write(em -> {
            GrantResult result = grants.grant(r);
            if (result instanceof GrantResult.Refused refused) {
                return CaseWriter.answer(refused.refusal());
            }
            var g = ((GrantResult.Recorded) result).grant();
            audit.append(em, new AuditLog.Change(c.name(), c.role().code(), "grant.record", "grant:" + g.id(), g.county().value(),
                    null, SnapshotCodec.write(g)));
            return new JsonAnswer(CaseWriter.CREATED, LedgerJson.write(g));
        });
    }

    /** {@code POST /api/v1/samples}. */
    public void sample(Context ctx) {
        Answers.send(ctx, sample(Authenticator.caller(ctx), JsonBody.read(ctx)));
    }

    /** Draws the county's sample for {@code c} from the binding's body. */
    public JsonAnswer sample(Caller c, JsonNode body) {
        AdminCode county = AdminCode.parse(body.path("region").isTextual() ? body.get("region").textValue() : null, "region");
        within(c, county);
        JsonAnswer a = LedgerJson.sample(sampler, body);
        if (a.status() == CaseWriter.OK) {
            db.write(em -> audit.append(em, new AuditLog.Change(c.name(), c.role().code(), "sample.draw",
                    "sample:" + county + "/" + a.body().path("month").asText(), county.value(), null, a.body().toString())));
        }
        return a;
    }

    /** {@code GET /api/v1/records?county=}: the dishonesty records of a county (CSV, masked ID numbers). */
    public void records(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        AdminCode county = AdminCode.parse(QueryParams.required(ctx, "county"), "county");
        within(c, county);
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"records-" + county + ".csv\"");
        try (var stream = cases.inCounty(county)) {
            Writer w = new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8);
            RecordsCsv.write(stream, w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void within(Caller c, AdminCode area) {
        if (!c.jurisdiction().covers(area.value())) {
            throw Authenticator.forbidden("该区划不在本人管辖范围内", "the area lies outside the caller's jurisdiction");
        }
    }
}
