package org.relief.core.engine;

/**
 * A reason behind an outcome, with a stable code, a zh-CN message, an English one, and the rule
 * that gave it.
 */
public record Reason(String code, String message, String messageEn, String rule) {
}
