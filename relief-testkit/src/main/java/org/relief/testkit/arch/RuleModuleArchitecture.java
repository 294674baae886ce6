package org.relief.testkit.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.relief.core.spi.RuleModule;

/**
 * Architecture rules for rule modules (ArchUnit), for a regional team to run in its own build. The
 * classes under analysis are the module's own (import its package, without tests):
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "org.relief.rules.xuchang", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchTests RULE_MODULE = ArchTests.in(RuleModuleArchitecture.class);
 * }
 * }</pre>
 *
 * Each rule is also usable on its own ({@code @ArchTest static final ArchRule r = RuleModuleArchitecture.NO_FRAMEWORK;})
 * or with {@code rule.check(classes)}.
 */
public final class RuleModuleArchitecture {
    /** Core's public API packages a rule module may use. */
    public static final List<String> CORE_API = List.of("org.relief.core.model..", "org.relief.core.spi..",
            "org.relief.core.standards..", "org.relief.core.engine..", "org.relief.core.rules..", "org.relief.core.calendar..",
            "org.relief.core.lifecycle..", "org.relief.core.roster..", "org.relief.core.ledger..", "org.relief.core.sample..");

    /** Packages of frameworks that never belong in a rule module. */
    public static final List<String> FRAMEWORKS = List.of("com.fasterxml..", "io.javalin..", "com.google..",
            "jakarta..", "javax..", "org.eclipse..", "org.apache..", "org.springframework..", "org.hibernate..",
            "org.slf4j..", "org.junit..", "net.jqwik..", "com.tngtech..", "org.relief.server..", "org.relief.testkit..");

    /**
     * The classes of a rule module depend only on {@code java..}, core's public API
     * ({@link #CORE_API}) and the module's own classes (those under analysis).
     */
    @ArchTest
    public static final ArchRule ONLY_JAVA_AND_CORE_API = classes()
            .should(new OnlyJavaCoreApiOrOwn())
            .because("a rule module knows only the JDK and core's public API, so that it runs in"
                    + " every embedding — 规则模块只依赖 JDK 与核心公开 API");

    /** No class of a rule module uses core's internals ({@code ..internal..}). */
    @ArchTest
    public static final ArchRule NO_CORE_INTERNALS = noClasses()
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("internal packages of core may change in any release; a module uses the public API only"
                    + " — 不得依赖核心的内部实现");

    /** No class of a rule module uses another rule module. */
    @ArchTest
    public static final ArchRule NO_OTHER_RULE_MODULE = classes()
            .should(new NoOtherRuleModule())
            .because("rule modules never depend on each other: a region reuses the national policy classes of core,"
                    + " not another region's — 规则模块之间不得相互依赖");

    /** No class of a rule module uses a framework (JSON, HTTP, DI, persistence, logging, test libraries). */
    @ArchTest
    public static final ArchRule NO_FRAMEWORK = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS.toArray(String[]::new))
            .because("frameworks meet only in the server; rules stay plain Java so that any caller can embed them"
                    + " — 规则模块不得依赖任何框架");

    /** No class of a rule module reads the clock: the as-of date is always an input. */
    @ArchTest
    public static final ArchRule NO_CLOCK = noClasses()
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .because("a determination is made as of the request's date, never the machine's clock, so that it is"
                    + " reproducible — 认定日期是输入，规则不得读取系统时钟");

    private RuleModuleArchitecture() {
    }

    /**
     * A condition on each dependency of a class on a class outside the ones under analysis (the
     * module's own classes and primitives are always allowed).
     */
    private abstract static class ForeignDependencies extends ArchCondition<JavaClass> {
        private final Set<String> own = new HashSet<>();

        ForeignDependencies(String description) {
            super(description);
        }

        @Override
        public void init(Collection<JavaClass> allObjectsToTest) {
            own.clear();
            allObjectsToTest.forEach(c -> own.add(c.getName()));
        }

        @Override
        public void check(JavaClass item, ConditionEvents events) {
            for (Dependency d : item.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (!target.isPrimitive() && !own.contains(target.getName())) {
                    violation(target).ifPresent(why -> events.add(SimpleConditionEvent.violated(d, d.getDescription() + why)));
                }
            }
        }

        /** Empty when the dependency on {@code target} is allowed, else what to add to the message. */
        abstract java.util.Optional<String> violation(JavaClass target);
    }

    /** Allows a dependency on java.., core's API and the classes under analysis. */
    private static final class OnlyJavaCoreApiOrOwn extends ForeignDependencies {
        OnlyJavaCoreApiOrOwn() {
            super("only depend on java.., core's public API (" + String.join(", ", CORE_API) + ") and the module's own classes");
        }

        @Override
        java.util.Optional<String> violation(JavaClass target) {
            String pkg = target.getPackageName();
            boolean allowed = pkg.equals("java") || pkg.startsWith("java.") || (inCoreApi(pkg) && !pkg.contains(".internal"));
            return allowed ? java.util.Optional.empty() : java.util.Optional.of("");
        }

        private static boolean inCoreApi(String pkg) {
            for (String api : CORE_API) {
                String base = api.substring(0, api.length() - 2);
                if (pkg.equals(base) || pkg.startsWith(base + ".")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Forbids a dependency on a rule module other than the classes under analysis: a class that
     * implements {@link RuleModule} (other than core's national baseline), or any class of the
     * project's rule-module packages {@code org.relief.rules..}.
     */
    private static final class NoOtherRuleModule extends ForeignDependencies {
        NoOtherRuleModule() {
            super("not depend on another rule module");
        }

        @Override
        java.util.Optional<String> violation(JavaClass target) {
            boolean otherModule = target.getPackageName().startsWith("org.relief.rules.")
                    || (!target.getPackageName().startsWith("org.relief.core.") && !target.isInterface()
                    && target.isAssignableTo(RuleModule.class));
            return otherModule ? java.util.Optional.of(" (another rule module)") : java.util.Optional.empty();
        }
    }
}
