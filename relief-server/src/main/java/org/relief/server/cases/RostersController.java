package org.relief.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.PriceIndex;
import org.relief.core.roster.Roster;
import org.relief.core.roster.RosterCsv;
import org.relief.core.roster.RosterException;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.server.http.ApiException;
import org.relief.server.http.JsonBody;
import org.relief.server.http.Problem;
import org.relief.server.persistence.AuditLog;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaPriceIndices;
import org.relief.server.persistence.JpaRosterStore;
import org.relief.server.security.Authenticator;
import org.relief.server.security.Caller;
import org.relief.server.security.Role;
import org.relief.testkit.json.CaseWriter;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.json.RosterJson;
import org.relief.testkit.json.StepReader;

/**
 * Monthly rosters and price indices over HTTP: {@code POST /api/v1/rosters} computes a county's
 * roster as of the request's {@code date} (a draft, or the submission — once, frozen, audited; the
 * county approver submits); {@code GET /api/v1/rosters/{county}/{month}} answers a submitted roster as
 * JSON or, for {@code Accept: text/csv}, as the bank file, streamed; {@code POST /api/v1/price-indices}
 * records a province's indices (the province's administrator).
 */
public final class RostersController {
    private final Database db;
    private final Payroll payroll;
    private final JpaRosterStore rosters;
    private final JpaPriceIndices prices;
    private final AuditLog audit;
    private final RosterSubmission submission;

    @Inject
    public RostersController(Database db, Payroll payroll, JpaRosterStore rosters, JpaPriceIndices prices, AuditLog audit,
                             RosterSubmission submission) {
        this.db = db;
        this.submission = submission;
        this.payroll = payroll;
        this.rosters = rosters;
        this.prices = prices;
        this.audit = audit;
    }

    /** {@code POST /api/v1/rosters}: {@code { date, region, month, submit }}. */
    public void roster(Context ctx) {
        Answers.send(ctx, roster(Authenticator.caller(ctx), JsonBody.read(ctx)));
    }

    /** A roster draft or submission for {@code c} from the binding's body (also the demo data's way in). */
    public JsonAnswer roster(Caller c, JsonNode body) {
        RosterJson.RosterRequest r = RosterJson.readRoster(body);
        if (!c.jurisdiction().covers(r.county().value())) {
            throw Authenticator.forbidden("该区划不在本人管辖范围内", "the area lies outside the caller's jurisdiction");
        }
        if (r.submit() && c.role() != Role.COUNTY_APPROVER && c.role() != Role.ADMIN) {
            throw Authenticator.forbidden("花名册由县级民政部门报送", "a roster is submitted by the county's approver");
        }
        Roster computed;
        try {
            // Computed outside the write lock (it reads only); the submission below stores it once.
            computed = payroll.draft(r.county(), r.month(), r.date(), null);
        } catch (RosterException e) {
            return CaseWriter.answer(StepRefusal.of(e.code(), "region", e.messageZh(), e.getMessage()));
        }
        if (!r.submit() || computed.alreadySubmitted()) {
            return new JsonAnswer(CaseWriter.OK, RosterJson.write(computed));
        }
        Roster stored;
        try {
            stored = db.write(em -> submission.store(em, c.name(), c.role().code(), computed));
        } catch (JpaRosterStore.AlreadySubmittedException e) {
            stored = rosters.submitted(r.county(), r.month()).orElseThrow().asAlreadySubmitted();
        }
        return new JsonAnswer(CaseWriter.OK, RosterJson.write(stored));
    }

    /** {@code GET /api/v1/rosters/{county}/{month}}: the submitted roster (JSON, or CSV by {@code Accept}). */
    public void read(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        AdminCode county = parse(() -> AdminCode.parse(ctx.pathParam("county"), "county"));
        YearMonth month = parse(() -> StepReader.month(ctx.pathParam("month"), "month"));
        Optional<Roster> roster = c.jurisdiction().covers(county.value()) ? rosters.submitted(county, month) : Optional.empty();
        if (roster.isEmpty()) {
            throw new ApiException(Problem.of(404, "UNKNOWN_ROSTER", "month", "花名册不存在",
                    county + " " + month + " 的花名册尚未报送", "Unknown roster", "no roster of " + county + " " + month + " was submitted"));
        }
        String accept = Optional.ofNullable(ctx.header("Accept")).orElse("");
        if (accept.contains("text/csv")) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"roster-" + county + "-" + month + ".csv\"");
            try {
                Writer w = new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8);
                RosterCsv.write(roster.get(), w);
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Answers.send(ctx, new JsonAnswer(CaseWriter.OK, RosterJson.write(roster.get())));
    }

    /** {@code POST /api/v1/price-indices}: {@code { region, month, cpi, foodCpi }} (the province's administrator). */
    public void prices(Context ctx) {
        Answers.send(ctx, prices(Authenticator.caller(ctx), JsonBody.read(ctx)));
    }

    /** Records a province's price indices for {@code c} from the binding's body. */
    public JsonAnswer prices(Caller c, JsonNode body) {
        PriceIndex p = RosterJson.readPrices(body);
        if (!c.jurisdiction().covers(p.province().value())) {
            throw Authenticator.forbidden("该省不在本人管辖范围内", "the province lies outside the caller's jurisdiction");
        }
        db.write(em -> {
            prices.publish(p);
            audit.append(em, new AuditLog.Change(c.name(), c.role().code(), "prices.publish", "prices:" + p.province() + "/" + p.month(),
                    p.province().value(), null, p.month() + " cpi " + p.cpi() + " food " + p.foodCpi()));
            return null;
        });
        return new JsonAnswer(CaseWriter.CREATED, RosterJson.write(p));
    }

    private static <T> T parse(java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("roster");
        }
    }
}
