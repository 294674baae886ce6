package org.relief.core.engine;

/** A rule module cannot be loaded; the message names the module and the problem. */
public final class RuleModuleLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String moduleId;

    public RuleModuleLoadException(String moduleId, String problem) {
        super("rule module '" + moduleId + "': " + problem);
        this.moduleId = moduleId;
    }

    public String moduleId() {
        return moduleId;
    }
}
