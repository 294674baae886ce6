package org.relief.core.model;

/**
 * The constants of each {@link Coded} enum, read once: {@code Class.getEnumConstants()} copies the
 * array on every call, and requests parse several codes each.
 */
final class CodedConstants {
    static final ClassValue<Object[]> OF = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private CodedConstants() {
    }
}
