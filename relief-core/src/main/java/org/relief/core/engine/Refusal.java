package org.relief.core.engine;

import java.util.Optional;
import org.relief.core.model.RefusalCode;

/**
 * Why a request was refused: the code, the field (input errors) or standard key (missing
 * standards), and messages in zh-CN and English.
 */
public record Refusal(RefusalCode code, Optional<String> field, String message, String messageEn) {
    public Refusal {
        field = Optional.ofNullable(field).flatMap(x -> x);
    }
}
