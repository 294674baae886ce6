package org.relief.testkit.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parsed command line of {@code cases} (docs/case-format.md, "The command line"):
 * {@code cases [--modules JAR...] [--server URL] [--token T] [--junit-xml FILE] [--report FILE.html] PATH...}.
 *
 * <p>{@code --modules} takes the jars that follow it (each argument ending in {@code .jar}, or a
 * list joined with the platform's path separator); it may be repeated, and {@code --modules=A.jar}
 * works too. Every option also accepts {@code --option=value}.
 *
 * @param help    {@code --help} or {@code -h}
 * @param modules jars with rule modules
 * @param server  {@code --server URL}: run against a server's HTTP API instead of in-process
 * @param token   {@code --token T}, the bearer token sent with {@code --server}
 * @param junitXml {@code --junit-xml FILE}
 * @param report  {@code --report FILE.html}
 * @param paths   case files and folders
 */
public record Arguments(boolean help, List<Path> modules, Optional<String> server, Optional<String> token,
                        Optional<Path> junitXml, Optional<Path> report, List<Path> paths) {
    /** Copies the lists. */
    public Arguments {
        modules = List.copyOf(modules);
        paths = List.copyOf(paths);
    }

    /** Wrong arguments (exit status 2). */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        /** @param message what is wrong, in English and Chinese */
        public UsageException(String message) {
            super(message);
        }
    }

    /** Parses the arguments after the command name {@code cases}. */
    public static Arguments parse(List<String> args) throws UsageException {
        boolean help = false;
        List<Path> modules = new ArrayList<>();
        Optional<String> server = Optional.empty();
        Optional<String> token = Optional.empty();
        Optional<Path> junit = Optional.empty();
        Optional<Path> report = Optional.empty();
        List<Path> paths = new ArrayList<>();
        boolean onlyPaths = false;
        int i = 0;
        while (i < args.size()) {
            String a = args.get(i++);
            if (onlyPaths || !a.startsWith("-") || a.equals("-")) {
                paths.add(Path.of(a));
                continue;
            }
            String name = a;
            String inline = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                inline = a.substring(eq + 1);
            }
            if (name.equals("--modules")) {
                List<String> jars = new ArrayList<>();
                if (inline != null) {
                    jars.add(inline);
                } else {
                    while (i < args.size() && !args.get(i).startsWith("-")
                            && (args.get(i).endsWith(".jar") || args.get(i).contains(File.pathSeparator))) {
                        jars.add(args.get(i++));
                    }
                }
                for (String j : jars) {
                    for (String part : j.split(java.util.regex.Pattern.quote(File.pathSeparator))) {
                        if (!part.isBlank()) {
                            modules.add(Path.of(part));
                        }
                    }
                }
                if (jars.isEmpty() || modules.isEmpty()) {
                    throw new UsageException("--modules needs at least one JAR (a file ending in .jar)"
                            + "（--modules 需要至少一个 jar 文件）");
                }
                continue;
            }
            boolean takesValue = switch (name) {
                case "--server", "--token", "--junit-xml", "--report" -> true;
                default -> false;
            };
            String value = null;
            if (takesValue) {
                if (inline != null) {
                    value = inline;
                } else if (i < args.size() && !args.get(i).startsWith("--")) {
                    value = args.get(i++);
                }
                if (value == null || value.isEmpty()) {
                    throw new UsageException(name + " needs a value（" + name + " 需要一个值）");
                }
            } else if (inline != null) {
                throw new UsageException(name + " takes no value（" + name + " 不带参数值）");
            }
            switch (name) {
                case "--" -> onlyPaths = true;
                case "--help", "-h" -> help = true;
                case "--server" -> server = Optional.of(value);
                case "--token" -> token = Optional.of(value);
                case "--junit-xml" -> junit = Optional.of(Path.of(value));
                case "--report" -> report = Optional.of(Path.of(value));
                default -> throw new UsageException("unknown option " + a + "（未知选项）");
            }
        }
        if (!help && paths.isEmpty()) {
            throw new UsageException("no case file or folder given（未指定案例文件或文件夹）");
        }
        return new Arguments(help, modules, server, token, junit, report, paths);
    }
}
