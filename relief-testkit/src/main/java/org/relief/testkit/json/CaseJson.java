package org.relief.testkit.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.relief.core.lifecycle.CaseConflictException;
import org.relief.core.lifecycle.CaseId;
import org.relief.core.lifecycle.CaseService;
import org.relief.core.lifecycle.StepRefusal;
import org.relief.core.lifecycle.StepResult;
import org.relief.core.model.InvalidInputException;

/**
 * The HTTP binding of the case lifecycle in one call each, over a {@link CaseService}: what the
 * reference server answers on {@code POST /api/v1/cases} and {@code POST /api/v1/cases/{id}/steps},
 * and what the kit's in-process scenario runner answers, so that both are checked by the same code.
 */
public final class CaseJson {
    /** HTTP status of a concurrent step ({@code 409 Conflict}). */
    public static final int CONFLICT = 409;
    /** The problem code of a concurrent step. */
    public static final String CASE_CONFLICT = "CASE_CONFLICT";

    private CaseJson() {
    }

    /** {@code apply}: {@code 201} with the opened case, {@code 422} refused, {@code 400} not of the shape. */
    public static JsonAnswer open(CaseService cases, JsonNode body) {
        try {
            StepResult r = cases.apply(StepReader.readApply(body));
            return answer(r, CaseWriter.CREATED);
        } catch (JsonShapeException e) {
            return DeterminationWriter.answer(e);
        } catch (InvalidInputException e) {
            return DeterminationWriter.answer(e);
        }
    }

    /** A later step: {@code 200} with the case after it, {@code 422} refused, {@code 404} unknown case, {@code 400}, {@code 409}. */
    public static JsonAnswer step(CaseService cases, String caseId, JsonNode body) {
        CaseId id;
        try {
            id = CaseId.of(caseId);
        } catch (InvalidInputException e) {
            return CaseWriter.answer(StepRefusal.of(StepRefusal.UNKNOWN_CASE, "case", "没有编号为 " + caseId + " 的案件",
                    "no case with id " + caseId));
        }
        try {
            return answer(cases.take(id, StepReader.readStep(body)), CaseWriter.OK);
        } catch (JsonShapeException e) {
            return DeterminationWriter.answer(e);
        } catch (InvalidInputException e) {
            return DeterminationWriter.answer(e);
        } catch (CaseConflictException e) {
            return conflict();
        }
    }

    /** The {@code 409} answer to a step taken while another step on the case was stored. */
    public static JsonAnswer conflict() {
        com.fasterxml.jackson.databind.node.ObjectNode p = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        p.put("type", DeterminationWriter.problemType(CASE_CONFLICT));
        p.put("title", "案件已被更新");
        p.put("titleEn", "Case changed");
        p.put("status", CONFLICT);
        p.put("detail", "案件已被其他步骤更新，请重新读取后再办理");
        p.put("detailEn", "the case was changed by another step: read it again and retake the step");
        p.put("code", CASE_CONFLICT);
        p.put("field", "case");
        return new JsonAnswer(CONFLICT, p);
    }

    private static JsonAnswer answer(StepResult r, int okStatus) {
        if (r instanceof StepResult.Taken t) {
            return new JsonAnswer(okStatus, CaseWriter.write(t.after()));
        }
        return CaseWriter.answer(((StepResult.Refused) r).refusal());
    }
}
