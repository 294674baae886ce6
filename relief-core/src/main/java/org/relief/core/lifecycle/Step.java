package org.relief.core.lifecycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.relief.core.model.AdminCode;
import org.relief.core.model.Household;
import org.relief.core.model.InvalidInputException;
import org.relief.core.model.ProgramId;

/**
 * One dated act on a case, entered by a caseworker: the date is the day it took effect (the
 * lifecycle never reads the clock). {@link #code()} is the step's name in the scenario format
 * ({@code apply}, {@code accept}, …).
 */
public sealed interface Step {
    /** The day the act took effect. */
    LocalDate date();

    /** The step's code, e.g. {@code propose}. */
    String code();

    /**
     * 申请: opens a case.
     *
     * @param reference the county's case number (the scenario's case name)
     * @param county    the 6-digit code where the application is made
     * @param program   {@code dibao} or {@code tekun}
     * @param household the declared household
     */
    record Apply(LocalDate date, String reference, AdminCode county, ProgramId program, Household household,
                 ApplicationForm application) implements Step {
        /** Requires every part; the reference is 1–64 visible characters. */
        public Apply {
            require(date, "date");
            if (reference == null || reference.isBlank()) {
                throw InvalidInputException.required("reference");
            }
            if (reference.length() > 64 || !reference.strip().equals(reference)) {
                throw InvalidInputException.invalid("reference", "案件编号须为1至64个字符，且首尾无空白",
                        "the reference has 1 to 64 characters without surrounding blanks");
            }
            require(county, "region");
            require(program, "program");
            require(household, "household");
            require(application, "application");
        }

        @Override
        public String code() {
            return "apply";
        }
    }

    /** 受理. */
    record Accept(LocalDate date) implements Step {
        /** Requires the date. */
        public Accept {
            require(date, "date");
        }

        @Override
        public String code() {
            return "accept";
        }
    }

    /**
     * 入户调查 and 核对.
     *
     * @param surveyors the number of surveyors (at least 2, NA-11)
     * @param household the verified household; empty keeps the declared one
     */
    record Survey(LocalDate date, int surveyors, Optional<Household> household) implements Step {
        /** Requires the date; a negative count is an input error. */
        public Survey {
            require(date, "date");
            household = Optional.ofNullable(household).flatMap(x -> x);
            if (surveyors < 0) {
                throw InvalidInputException.invalid("surveyors", "调查人数不能为负", "must not be negative");
            }
        }

        @Override
        public String code() {
            return "survey";
        }
    }

    /** The township's 审核 opinion. */
    record Propose(LocalDate date, Verdict opinion) implements Step {
        /** Requires every part. */
        public Propose {
            require(date, "date");
            require(opinion, "opinion");
        }

        @Override
        public String code() {
            return "propose";
        }
    }

    /** An objection to the public notice: democratic appraisal becomes required. */
    record Objection(LocalDate date) implements Step {
        /** Requires the date. */
        public Objection {
            require(date, "date");
        }

        @Override
        public String code() {
            return "object";
        }
    }

    /** 民主评议 held. */
    record Appraise(LocalDate date, AppraisalResult result) implements Step {
        /** Requires every part. */
        public Appraise {
            require(date, "date");
            require(result, "result");
        }

        @Override
        public String code() {
            return "appraise";
        }
    }

    /** The longer decision limit applies (dibao, once). */
    record Extend(LocalDate date, String reason) implements Step {
        /** Requires a reason text. */
        public Extend {
            require(date, "date");
            if (reason == null || reason.isBlank()) {
                throw InvalidInputException.required("reason");
            }
        }

        @Override
        public String code() {
            return "extend";
        }
    }

    /** 审核确认: approve or refuse. */
    record Decide(LocalDate date, Verdict decision) implements Step {
        /** Requires every part. */
        public Decide {
            require(date, "date");
            require(decision, "decision");
        }

        @Override
        public String code() {
            return "decide";
        }
    }

    /** The applicant withdraws before a decision. */
    record Withdraw(LocalDate date) implements Step {
        /** Requires the date. */
        public Withdraw {
            require(date, "date");
        }

        @Override
        public String code() {
            return "withdraw";
        }
    }

    /** 定期复核 with the re-verified household. */
    record Review(LocalDate date, Household household) implements Step {
        /** Requires every part. */
        public Review {
            require(date, "date");
            require(household, "household");
        }

        @Override
        public String code() {
            return "review";
        }
    }

    /** 终止. */
    record Terminate(LocalDate date, TerminationReason reason) implements Step {
        /** Requires every part. */
        public Terminate {
            require(date, "date");
            require(reason, "reason");
        }

        @Override
        public String code() {
            return "terminate";
        }
    }

    /** A member of the household died on {@code date}. */
    record Death(LocalDate date, String member) implements Step {
        /** Requires every part. */
        public Death {
            require(date, "date");
            if (member == null || member.isBlank()) {
                throw InvalidInputException.required("member");
            }
        }

        @Override
        public String code() {
            return "death";
        }
    }

    /**
     * Assistance obtained by fraud (虚报、隐瞒、欺骗): a dishonesty record, recovery, termination.
     *
     * @param from      the first month obtained by fraud
     * @param household the true household
     */
    record Fraud(LocalDate date, YearMonth from, Household household) implements Step {
        /** Requires every part. */
        public Fraud {
            require(date, "date");
            require(from, "from");
            require(household, "household");
        }

        @Override
        public String code() {
            return "fraud";
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw InvalidInputException.required(field);
        }
        Objects.requireNonNull(value);
    }
}
