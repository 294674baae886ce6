package org.relief.core.lifecycle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.engine.Reason;
import org.relief.core.engine.TraceEntry;

/**
 * Why a step was refused. A refused step changes nothing.
 *
 * @param code      a lifecycle code ({@link #STEP_NOT_ALLOWED}, {@link #NOT_ELIGIBLE}, …) or a determination
 *                  refusal ({@code INVALID_INPUT}, {@code UNKNOWN_REGION}, {@code MISSING_STANDARD}, …)
 * @param field     the field or step the refusal concerns (e.g. {@code application.consent}, {@code surveyors})
 * @param message   zh-CN message
 * @param messageEn English message
 * @param missing   the inputs an undetermined determination lacked ({@link #NOT_ELIGIBLE}, {@link #REVIEW_INCOMPLETE})
 * @param reasons   the determination's reasons ({@link #NOT_ELIGIBLE})
 * @param trace     the lifecycle rules applied before the refusal (the refusing rule last)
 */
public record StepRefusal(String code, Optional<String> field, String message, String messageEn, List<String> missing,
                          List<Reason> reasons, List<TraceEntry> trace) {
    /** 授权核对家庭经济状况 not given (NA-11). */
    public static final String CONSENT_REQUIRED = "CONSENT_REQUIRED";
    /** 守信承诺 not signed (聊城 LC-10). */
    public static final String HONESTY_COMMITMENT_REQUIRED = "HONESTY_COMMITMENT_REQUIRED";
    /** Fewer than two surveyors (NA-11). */
    public static final String TOO_FEW_SURVEYORS = "TOO_FEW_SURVEYORS";
    /** An approval on a determination that is not eligible. */
    public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
    /** A decision before the public notice has ended. */
    public static final String NOTICE_NOT_ENDED = "NOTICE_NOT_ENDED";
    /** A decision without the democratic appraisal the procedure or an objection requires. */
    public static final String APPRAISAL_REQUIRED = "APPRAISAL_REQUIRED";
    /** A step in a state where it is not allowed. */
    public static final String STEP_NOT_ALLOWED = "STEP_NOT_ALLOWED";
    /** A step the case's region does not have (e.g. the county sample outside 安徽). */
    public static final String UNSUPPORTED_IN_REGION = "UNSUPPORTED_IN_REGION";
    /** A step dated before the case's last step. */
    public static final String STEP_OUT_OF_ORDER = "STEP_OUT_OF_ORDER";
    /** A review whose determination is undetermined. */
    public static final String REVIEW_INCOMPLETE = "REVIEW_INCOMPLETE";
    /** A case id the caller cannot see. */
    public static final String UNKNOWN_CASE = "UNKNOWN_CASE";

    /** Copies the lists. */
    public StepRefusal {
        Objects.requireNonNull(code, "code");
        field = Optional.ofNullable(field).flatMap(x -> x);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageEn, "messageEn");
        missing = List.copyOf(missing);
        reasons = List.copyOf(reasons);
        trace = List.copyOf(trace);
    }

    /** A refusal with a code, field and messages only. */
    public static StepRefusal of(String code, String field, String message, String messageEn) {
        return new StepRefusal(code, Optional.ofNullable(field), message, messageEn, List.of(), List.of(), List.of());
    }
}
