package org.relief.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.relief.core.calendar.HolidayCalendar;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModules;
import org.relief.core.lifecycle.Lifecycle;
import org.relief.core.spi.Calculator;
import org.relief.core.spi.CalculatorException;
import org.relief.core.spi.CalculatorInput;
import org.relief.core.spi.CalculatorParameter;
import org.relief.core.spi.CalculatorResult;
import org.relief.core.spi.CalculatorSpec;
import org.relief.core.spi.Citation;

/**
 * The modules' calculators over HTTP, whatever modules are loaded (the server names none of their
 * classes): {@code GET /api/v1/calculators} lists each with its module, catalogue entry and declared
 * inputs; {@code POST /api/v1/calculators/{calculator}} computes one from a JSON body of those
 * inputs. Open without a token like the determinations, stateless, nothing stored. An unknown id is
 * 404 {@code UNKNOWN_CALCULATOR}; a refusal of valid input (AH-07's {@code CALENDAR_UNAVAILABLE},
 * {@code DATE_OUT_OF_RANGE}) is 422 with its code, over the same national calendar as the lifecycle.
 */
public final class CalculatorsController {
    /** The code of an id no loaded module registers. */
    public static final String UNKNOWN_CALCULATOR = "UNKNOWN_CALCULATOR";
    private final RuleModules modules;
    private final HolidayCalendar calendar;

    @Inject
    public CalculatorsController(RuleModules modules, Lifecycle lifecycle) {
        this.modules = modules;
        this.calendar = lifecycle.calendar();
    }

    /** One calculator as the list shows it. */
    public record CalculatorView(String id, String module, String rule, String citation, String document, String clause,
                                 String title, String titleEn, List<InputView> inputs) {
    }

    /** One declared input: {@code values} for an enum, {@code fields} of each element for a list. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record InputView(String name, String type, boolean required, String description, String descriptionEn,
                            List<String> values, List<InputView> fields) {
    }

    /** A computed answer. */
    public record ResultView(String calculator, String module, String rule, String citation, String document, String clause,
                             Map<String, Object> outputs, String explanation, String explanationEn) {
    }

    public void list(Context ctx) {
        ctx.json(modules.all().stream().flatMap(m -> m.calculators().stream().map(c -> view(m, c.spec()))).toList());
    }

    public void compute(Context ctx) {
        String id = id(ctx);
        Calculator c = modules.calculator(id).orElseThrow(() -> unknown(id));
        LoadedModule module = modules.moduleOfCalculator(id).orElseThrow();
        CalculatorInput input = CalculatorInput.of(c.inputs(), CalculatorBody.read(JsonBody.read(ctx), c.inputs()), calendar);
        CalculatorResult r;
        try {
            r = c.compute(input);
        } catch (CalculatorException e) {
            throw new ApiException(Problem.of(422, e.code(), e.field(), "无法计算", e.messageZh(), "Cannot compute", e.messageEn()));
        }
        Citation cited = r.citation();
        ctx.json(new ResultView(r.calculator(), module.id(), cited.ruleId(), cited.describe(), cited.document(), cited.clause(),
                r.outputs(), r.explanationZh(), r.explanationEn()));
    }

    private static String id(Context ctx) {
        try {
            return ctx.pathParam("calculator");
        } catch (IllegalArgumentException e) {
            throw unknown("?");
        }
    }

    /** 404; the id is repeated only when it has the form of one (a hostile path is never echoed). */
    private static ApiException unknown(String id) {
        boolean echo = id.length() <= 60 && CalculatorSpec.ID.matcher(id).matches();
        return new ApiException(Problem.of(404, UNKNOWN_CALCULATOR, null, "未知的计算器",
                echo ? "没有编号为 " + id + " 的计算器（可用的见 GET /api/v1/calculators）" : "没有此计算器（可用的见 GET /api/v1/calculators）",
                "Unknown calculator", (echo ? "no calculator with id " + id : "no such calculator")
                        + " (GET /api/v1/calculators lists them)"));
    }

    static CalculatorView view(LoadedModule m, CalculatorSpec s) {
        Citation c = s.citation();
        return new CalculatorView(s.id(), m.id(), c.ruleId(), c.describe(), c.document(), c.clause(), s.titleZh(), s.titleEn(),
                s.inputs().stream().map(CalculatorsController::view).toList());
    }

    private static InputView view(CalculatorParameter p) {
        return new InputView(p.name(), typeCode(p.type()), p.required(), p.descriptionZh(), p.descriptionEn(), p.values(),
                p.fields().stream().map(CalculatorsController::view).toList());
    }

    /** {@code ADMIN_CODE → adminCode}: the lowerCamelCase of every code of the API. */
    static String typeCode(CalculatorParameter.Type t) {
        String[] parts = t.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
