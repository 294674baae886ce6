package org.relief.server.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Money;
import org.relief.core.roster.Payroll;
import org.relief.core.roster.RosterException;
import org.relief.server.cases.Answers;
import org.relief.server.http.ApiException;
import org.relief.server.http.JsonBody;
import org.relief.server.http.Problem;
import org.relief.server.persistence.AuditLog;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaRosterRuns;
import org.relief.server.security.Authenticator;
import org.relief.server.security.Caller;
import org.relief.testkit.json.CaseWriter;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.json.StepReader;
import org.relief.testkit.json.StrictObject;

/**
 * Roster runs over HTTP. {@code POST /api/v1/roster-runs} {@code { region, month, date }} queues the
 * county rosters of a region for a month: a county code is one county; a city or province code is
 * every county under it <em>that has cases</em> (a county without a single case has no roster to
 * submit), as found when the run is created. It answers {@code 202} with the run and its
 * {@code Location}; the counties are then computed and submitted by the workers of every server on
 * the database ({@link RosterWorkers}). {@code GET /api/v1/roster-runs/{id}} answers each county's
 * progress and the run's totals. Who may: the county approver, the city or province administrator
 * and the system administrator, for a region inside their jurisdiction (each county's submission is
 * audited in the name of the run's creator, as if submitted through {@code POST /api/v1/rosters}).
 */
public final class RosterRunsController {
    static final Set<String> KEYS = Set.of("region", "month", "date");

    private final Database db;
    private final Payroll payroll;
    private final JpaRosterRuns runs;
    private final AuditLog audit;

    @Inject
    public RosterRunsController(Database db, Payroll payroll, JpaRosterRuns runs, AuditLog audit) {
        this.db = db;
        this.payroll = payroll;
        this.runs = runs;
        this.audit = audit;
    }

    /** {@code POST /api/v1/roster-runs}. */
    public void create(Context ctx) {
        JsonAnswer a = create(Authenticator.caller(ctx), JsonBody.read(ctx));
        if (a.status() == 202) {
            ctx.header("Location", "/api/v1/roster-runs/" + a.body().get("id").asText());
        }
        Answers.send(ctx, a);
    }

    /** Creates a run for {@code c} from the request body; nothing is stored when it is refused. */
    public JsonAnswer create(Caller c, JsonNode body) {
        StrictObject o = StrictObject.of(body, "", KEYS);
        AdminCode region = AdminCode.parse(o.requireText("region"), "region");
        YearMonth month = StepReader.month(o.requireText("month"), "month");
        LocalDate date = StrictObject.dateValue(o.requireText("date"), "date");
        if (!c.jurisdiction().covers(region.value())) {
            throw Authenticator.forbidden("该区划不在本人管辖范围内", "the area lies outside the caller's jurisdiction");
        }
        List<AdminCode> counties = runs.countiesWithCases(region);
        for (AdminCode county : counties) {
            try {
                payroll.moduleFor(county, month);
            } catch (RosterException e) {
                return CaseWriter.answer(StepRefusal.of(e.code(), "region", e.messageZh(), e.getMessage()));
            }
        }
        long id = db.write(em -> {
            long run = runs.create(em, region, month, date, counties, c.name(), c.role().code());
            audit.append(em, new AuditLog.Change(c.name(), c.role().code(), "rosterRun.create", "rosterRun:" + run,
                    region.value(), null, region + " " + month + " " + counties.size() + " counties as of " + date));
            return run;
        });
        return new JsonAnswer(202, write(runs.run(id).orElseThrow()));
    }

    /** {@code GET /api/v1/roster-runs/{id}}: a run inside the caller's jurisdiction, else 404. */
    public void read(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        String id = ctx.pathParam("id");
        Optional<JpaRosterRuns.RunView> run = id.matches("[1-9][0-9]{0,17}") ? runs.run(Long.parseLong(id)) : Optional.empty();
        if (run.isEmpty() || !c.jurisdiction().covers(run.get().region().value())) {
            throw new ApiException(Problem.of(404, "UNKNOWN_ROSTER_RUN", "id", "花名册批次不存在", "没有编号为 " + id + " 的花名册批次",
                    "Unknown roster run", "no roster run " + id));
        }
        Answers.send(ctx, new JsonAnswer(CaseWriter.OK, write(run.get())));
    }

    /** The run as JSON: its counties with their status, and the totals of the counties done (money exact, as strings). */
    static ObjectNode write(JpaRosterRuns.RunView run) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("id", Long.toString(run.id()));
        o.put("region", run.region().value());
        o.put("month", run.month().toString());
        o.put("date", run.computedOn().toString());
        o.put("createdBy", run.createdBy());
        o.put("counties", run.jobs().size());
        long cases = 0;
        long done = 0;
        long failed = 0;
        Money total = Money.ZERO;
        ArrayNode jobs = o.putArray("jobs");
        for (JpaRosterRuns.JobView j : run.jobs()) {
            ObjectNode n = jobs.addObject();
            n.put("county", j.county().value());
            n.put("status", j.status());
            j.worker().ifPresentOrElse(w -> n.put("worker", w), () -> n.putNull("worker"));
            ArrayNode workers = n.putArray("workers");
            j.workers().forEach(workers::add);
            n.put("attempts", j.attempts());
            j.cases().ifPresentOrElse(x -> n.put("cases", x), () -> n.putNull("cases"));
            j.total().ifPresentOrElse(x -> n.put("total", new Money(x).toString()), () -> n.putNull("total"));
            j.error().ifPresent(e -> n.put("error", e));
            if (j.status().equals(JpaRosterRuns.DONE)) {
                done++;
                cases += j.cases().orElse(0L);
                total = total.plus(new Money(j.total().orElseThrow()));
            } else if (j.status().equals(JpaRosterRuns.FAILED)) {
                failed++;
            }
        }
        int of = run.jobs().size();
        o.put("status", done == of ? JpaRosterRuns.DONE : done + failed == of ? JpaRosterRuns.FAILED
                : run.jobs().stream().allMatch(j -> j.status().equals(JpaRosterRuns.PENDING)) ? JpaRosterRuns.PENDING
                : JpaRosterRuns.RUNNING);
        o.put("done", done);
        o.put("failed", failed);
        o.put("of", of);
        o.put("cases", cases);
        o.put("total", total.toString());
        return o;
    }
}
