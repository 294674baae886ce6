package org.relief.server.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.relief.core.lifecycle.Case;
import org.relief.core.lifecycle.CaseConflictException;
import org.relief.core.lifecycle.CaseDecision;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseState;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.lifecycle.Step;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.model.AdminCode;
import org.relief.core.model.ApprovalLevel;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.ProgramId;
import org.relief.server.http.ApiException;
import org.relief.server.http.JsonBody;
import org.relief.server.http.Problem;
import org.relief.server.http.QueryParams;
import org.relief.server.persistence.AuditLog;
import org.relief.server.persistence.CaseEntity;
import org.relief.server.persistence.CaseStepEntity;
import org.relief.server.persistence.Database;
import org.relief.server.persistence.JpaCaseStore;
import org.relief.server.persistence.JpaRosterStore;
import org.relief.server.persistence.SnapshotCodec;
import org.relief.server.security.Authenticator;
import org.relief.server.security.Caller;
import org.relief.testkit.json.CaseJson;
import org.relief.testkit.json.CaseWriter;
import org.relief.testkit.json.JsonAnswer;
import org.relief.testkit.json.StepReader;

/**
 * Cases over HTTP (the binding of {@code relief-scenarios/1}): {@code POST /api/v1/cases} opens a case,
 * {@code POST /api/v1/cases/{id}/steps} takes a step, {@code GET /api/v1/cases} is the county's queue by
 * next deadline, {@code GET /api/v1/cases/{id}} a case with every step (its trace, when and by whom it
 * was recorded). Each taken step is stored with its audit entry in one transaction; a refused step,
 * a step outside the caller's role (403) or a case outside the jurisdiction (404 {@code UNKNOWN_CASE})
 * stores nothing.
 */
public final class CasesController {
    /** Largest page of the queue. */
    public static final int MAX_PAGE_SIZE = 200;

    private final Database db;
    private final Lifecycle lifecycle;
    private final JpaCaseStore store;
    private final JpaRosterStore rosters;
    private final AuditLog audit;

    @Inject
    public CasesController(Database db, Lifecycle lifecycle, JpaCaseStore store, JpaRosterStore rosters, AuditLog audit) {
        this.db = db;
        this.lifecycle = lifecycle;
        this.store = store;
        this.rosters = rosters;
        this.audit = audit;
    }

    /** {@code POST /api/v1/cases}: {@code apply}. */
    public void apply(Context ctx) {
        Answers.send(ctx, apply(Authenticator.caller(ctx), JsonBody.read(ctx)));
    }

    /**
     * Opens a case for {@code c} from the binding's body of {@code apply} (also the demo data's way in).
     *
     * @throws ApiException 403 outside the caller's role or jurisdiction, 4xx for a malformed body
     */
    public JsonAnswer apply(Caller c, JsonNode body) {
        Step.Apply apply = StepReader.readApply(body);
        if (!c.jurisdiction().covers(apply.county().value())) {
            throw Authenticator.forbidden("该区划不在本人管辖范围内", "the area lies outside the caller's jurisdiction");
        }
        permit(c, apply);
        return unitOfWork(c, () -> {
            CaseId id = store.nextId(apply.county());
            StepResult r = lifecycle.open(id, apply);
            if (r instanceof StepResult.Refused refused) {
                throw new Refused(refused.refusal());
            }
            Case opened = ((StepResult.Taken) r).after();
            store.create(opened);
            audit(c, "case.apply", opened, null);
            return new JsonAnswer(CaseWriter.CREATED, CaseWriter.write(opened));
        });
    }

    /** {@code POST /api/v1/cases/{id}/steps}: a later step, {@code do} naming it. */
    public void step(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        CaseId id = caseId(ctx);
        Answers.send(ctx, step(c, id, JsonBody.read(ctx)));
    }

    /**
     * Takes a later step of case {@code id} for {@code c} from the binding's body ({@code do} naming it).
     *
     * @throws ApiException 403 outside the caller's role, 404 {@code UNKNOWN_CASE} for a case the caller cannot see
     */
    public JsonAnswer step(Caller c, CaseId id, JsonNode body) {
        Step step = StepReader.readStep(body);
        // The role first (a step the role never takes is 403 wherever the case is), then the case (404 outside).
        permit(c, step);
        return unitOfWork(c, () -> {
            Case before = visible(c, id);
            StepResult r = step instanceof Step.Fraud ? lifecycle.take(before, step, rosters.paid(before.id()))
                    : lifecycle.take(before, step);
            if (r instanceof StepResult.Refused refused) {
                throw new Refused(refused.refusal());
            }
            Case after = ((StepResult.Taken) r).after();
            if (step instanceof Step.Decide && !StepPermissions.decidesAtCountyLevel(c.role())
                    && !after.decision().flatMap(CaseDecision::approvalLevel).equals(Optional.of(ApprovalLevel.TOWNSHIP))) {
                throw Authenticator.forbidden("本案由县级民政部门审核确认，乡镇（街道）不能作出决定",
                        "this case is decided by the county: a township caseworker cannot take the decision");
            }
            store.append(before, after);
            audit(c, "case." + step.code(), after, before);
            return new JsonAnswer(CaseWriter.OK, CaseWriter.write(after));
        });
    }

    /** {@code GET /api/v1/cases/{id}}: the case with every step. */
    public void read(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        Case found = db.read(em -> visible(c, caseId(ctx)));
        ObjectNode o = CaseWriter.writeWithSteps(found);
        List<CaseStepEntity> recorded = store.steps(found.id());
        ArrayNode steps = (ArrayNode) o.get("steps");
        for (int i = 0; i < steps.size() && i < recorded.size(); i++) {
            ((ObjectNode) steps.get(i)).put("recordedAt", recorded.get(i).getRecordedAt().toString())
                    .put("recordedBy", recorded.get(i).getRecordedBy());
        }
        Answers.send(ctx, new JsonAnswer(CaseWriter.OK, o));
    }

    /**
     * {@code GET /api/v1/cases?county=&state=&program=&dueBefore=&page=&size=}: the cases of the
     * caller's jurisdiction (narrowed to a county), by next deadline — the caseworker's queue.
     */
    public void list(Context ctx) {
        Caller c = Authenticator.caller(ctx);
        Optional<String> county = QueryParams.optional(ctx, "county").map(x -> AdminCode.parse(x, "county").value());
        if (county.isPresent() && !c.jurisdiction().covers(county.get())) {
            throw Authenticator.forbidden("筛选范围超出本人管辖区域", "the filter lies outside the caller's jurisdiction");
        }
        Optional<String> state = QueryParams.optional(ctx, "state").map(s -> {
            for (CaseState x : CaseState.values()) {
                if (x.code().equals(s)) {
                    return s;
                }
            }
            throw InvalidInputException.invalid("state", "未知状态", "unknown state");
        });
        Optional<String> program = QueryParams.optional(ctx, "program").map(p -> {
            if (!p.equals(ProgramId.DIBAO.id()) && !p.equals(ProgramId.TEKUN.id())) {
                throw InvalidInputException.invalid("program", "须为 dibao 或 tekun", "must be dibao or tekun");
            }
            return p;
        });
        Optional<LocalDate> dueBefore = QueryParams.optional(ctx, "dueBefore").map(x -> QueryParams.date(ctx, "dueBefore"));
        int page = QueryParams.integer(ctx, "page", 0, 0, 1_000_000);
        int size = QueryParams.integer(ctx, "size", 50, 1, MAX_PAGE_SIZE);
        String prefix = c.jurisdiction().prefix();
        List<CaseEntity> rows = db.read(em -> {
            StringBuilder q = new StringBuilder("select c from CaseEntity c where c.county like :prefix");
            county.ifPresent(x -> q.append(" and c.county = :county"));
            state.ifPresent(x -> q.append(" and c.state = :state"));
            program.ifPresent(x -> q.append(" and c.program = :program"));
            dueBefore.ifPresent(x -> q.append(" and c.nextDue < :due"));
            q.append(" order by case when c.nextDue is null then 1 else 0 end, c.nextDue, c.id");
            var query = em.createQuery(q.toString(), CaseEntity.class).setParameter("prefix", prefix + "%");
            county.ifPresent(x -> query.setParameter("county", x));
            state.ifPresent(x -> query.setParameter("state", x));
            program.ifPresent(x -> query.setParameter("program", x));
            dueBefore.ifPresent(x -> query.setParameter("due", x));
            return query.setFirstResult(page * size).setMaxResults(size + 1).getResultList();
        });
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("page", page);
        out.put("size", size);
        out.put("more", rows.size() > size);
        ArrayNode items = out.putArray("items");
        for (CaseEntity e : rows.subList(0, Math.min(size, rows.size()))) {
            ObjectNode i = items.addObject();
            i.put("id", Long.toString(e.getId()));
            i.put("reference", e.getReference());
            i.put("region", e.getCounty());
            i.put("program", e.getProgram());
            i.put("state", e.getState());
            if (e.getNextDue() != null) {
                i.put("nextDue", e.getNextDue().toString());
                i.put("nextDueName", e.getNextDueName());
            }
            i.put("steps", e.getSteps());
            i.put("updatedAt", e.getUpdatedAt().toString());
        }
        Answers.send(ctx, new JsonAnswer(CaseWriter.OK, out));
    }

    /** The case if the caller's jurisdiction covers its county; else 404 {@code UNKNOWN_CASE}, like a missing one. */
    private Case visible(Caller c, CaseId id) {
        Optional<Case> found = store.find(id);
        if (found.isEmpty() || !c.jurisdiction().covers(found.get().county().value())) {
            throw unknown(id.value());
        }
        return found.get();
    }

    private static CaseId caseId(Context ctx) {
        String raw;
        try {
            raw = ctx.pathParam("id");
        } catch (IllegalArgumentException e) {
            throw unknown("?");
        }
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw unknown(raw.length() > 20 ? raw.substring(0, 20) + "…" : raw);
        }
        return CaseId.of(raw);
    }

    static ApiException unknown(String id) {
        return new ApiException(Problem.of(404, StepRefusal.UNKNOWN_CASE, "case", "案件不存在", "没有编号为 " + id + " 的案件",
                "Unknown case", "no case with id " + id));
    }

    private static void permit(Caller c, Step step) {
        if (!StepPermissions.allows(c.role(), step.code())) {
            throw Authenticator.forbidden("角色「" + c.role().zh() + "」不能办理 " + step.code() + " 步骤",
                    "the role " + c.role().code() + " cannot take the step " + step.code());
        }
    }

    private void audit(Caller c, String action, Case after, Case before) {
        db.joining(em -> audit.append(em, new AuditLog.Change(c.name(), c.role().code(), action, "case:" + after.id(),
                after.county().value(), before == null ? null : SnapshotCodec.write(before), SnapshotCodec.write(after))));
    }

    /**
     * Runs a write as the only writer, naming the caller on the rows it stores; a refused step rolls
     * everything back and answers its refusal, a concurrent step answers 409.
     */
    private JsonAnswer unitOfWork(Caller c, java.util.function.Supplier<JsonAnswer> work) {
        try {
            return db.write(em -> {
                store.recordedBy(c.name());
                return work.get();
            });
        } catch (Refused r) {
            return CaseWriter.answer(r.refusal);
        } catch (CaseConflictException e) {
            return CaseJson.conflict();
        }
    }

    /** A refused step: thrown inside the unit of work so that nothing of it is stored. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient StepRefusal refusal;

        Refused(StepRefusal refusal) {
            super(refusal.code(), null, false, false);
            this.refusal = refusal;
        }
    }
}
