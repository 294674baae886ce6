package org.relief.core.engine;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.relief.core.model.AdminCode;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Validity;

/** Small modules for engine and loader tests. */
final class ToyModules {
    private ToyModules() {
    }

    static RuleModule module(String id, String code, Validity validity, Consumer<RuleRegistrar> register) {
        return new RuleModule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String version() {
                return "1.0";
            }

            @Override
            public String name() {
                return "玩具模块 " + id;
            }

            @Override
            public Set<AdminCode> adminCodes() {
                return Set.of(AdminCode.of(code));
            }

            @Override
            public Validity validity() {
                return validity;
            }

            @Override
            public void register(RuleRegistrar r) {
                register.accept(r);
            }
        };
    }

    static RuleModule module(String id, String code, Consumer<RuleRegistrar> register) {
        return module(id, code, Validity.from(LocalDate.of(2020, 1, 1)), register);
    }
}
