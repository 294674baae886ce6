package org.relief.server.http;

/** An error a controller answers with a given problem (403, 404, 409 …). */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.code(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException notFound(String what) {
        return new ApiException(Problem.of(404, "NOT_FOUND", null, "未找到", "未找到：" + what, "Not found", "not found: " + what));
    }
}
