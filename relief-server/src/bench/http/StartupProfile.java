import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the CPU profiles that {@code startup-profile.sh} takes of three starts (async-profiler,
 * {@code event=cpu,interval=1ms,threads}, collapsed stacks: one sample is about one millisecond of
 * CPU) and prints where each start's CPU went: per thread, the main thread's share in class loading
 * and call-site linkage, and the main thread's steps (the first of relief's frames below the start method, else
 * the library it calls).
 *
 * <p>A single-file program: {@code java StartupProfile.java DIR} with {@code DIR/bare.collapsed},
 * {@code DIR/stack.collapsed}, {@code DIR/relief.collapsed}.
 */
public final class StartupProfile {
    private record Sample(String thread, List<String> frames, long count) {
    }

    /** The profiles, each with the frame its main thread's steps are counted under. */
    private static final Map<String, String> STARTS = new LinkedHashMap<>();

    static {
        STARTS.put("bare", "org/relief/server/bench/BareJavalin.main");
        STARTS.put("stack", "org/relief/server/persistence/BareStack.main");
        STARTS.put("relief", "org/relief/server/ReliefServer.start");
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java StartupProfile.java DIR   (DIR holds bare.collapsed, stack.collapsed, relief.collapsed)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, Long> mainTotals = new LinkedHashMap<>();
        for (Map.Entry<String, String> start : STARTS.entrySet()) {
            Path file = dir.resolve(start.getKey() + ".collapsed");
            if (!Files.exists(file)) {
                System.err.println("no profile " + file);
                System.exit(1);
            }
            List<Sample> samples = read(file);
            System.out.println("== " + start.getKey() + " (" + file.getFileName() + ")");
            Map<String, Long> threads = sum(samples, s -> threadGroup(s.thread()));
            long all = threads.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("  CPU, all threads: %,d ms%n", all);
            top(threads, 6).forEach((k, v) -> System.out.printf("    %,7d ms  %s%n", v, k));
            List<Sample> main = samples.stream().filter(s -> threadGroup(s.thread()).equals("main")).toList();
            long mainTotal = main.stream().mapToLong(Sample::count).sum();
            mainTotals.put(start.getKey(), mainTotal);
            long loading = main.stream().filter(s -> s.frames().stream().anyMatch(StartupProfile::classLoading))
                    .mapToLong(Sample::count).sum();
            long linkage = main.stream().filter(s -> s.frames().stream().noneMatch(StartupProfile::classLoading)
                    && s.frames().stream().anyMatch(StartupProfile::linkage)).mapToLong(Sample::count).sum();
            long inflate = main.stream().filter(s -> s.frames().get(s.frames().size() - 1).contains("libz")
                    || s.frames().get(s.frames().size() - 1).equals("inflate")).mapToLong(Sample::count).sum();
            System.out.printf("  main thread: %,d ms; class loading %,d ms (%d%%; of it inflating the jar %,d ms), "
                    + "call-site linkage (lambdas, records, string concatenation) %,d ms (%d%%)%n", mainTotal, loading,
                    percent(loading, mainTotal), inflate, linkage, percent(linkage, mainTotal));
            Map<String, Long> steps = sum(main, s -> step(s.frames(), start.getValue()));
            System.out.println("  main thread by step (callee of " + start.getValue().substring(start.getValue().lastIndexOf('/') + 1) + "):");
            top(steps, 16).forEach((k, v) -> System.out.printf("    %,7d ms  %s%n", v, k));
        }
        System.out.printf("== main thread CPU against the bare Javalin's: the libraries alone %.2fx, relief %.2fx; "
                        + "relief over the libraries %,d ms%n", ratio(mainTotals, "stack"), ratio(mainTotals, "relief"),
                mainTotals.get("relief") - mainTotals.get("stack"));
    }

    private static double ratio(Map<String, Long> totals, String name) {
        return (double) totals.get(name) / totals.get("bare");
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    private static List<Sample> read(Path file) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            List<String> frames = List.of(line.substring(0, space).split(";"));
            samples.add(new Sample(frames.get(0), frames.subList(1, frames.size()), Long.parseLong(line.substring(space + 1))));
        }
        return samples;
    }

    /** A thread's group: the launcher's thread (named DestroyJavaVM once main returns) is "main"; compiler threads are JIT. */
    private static String threadGroup(String thread) {
        String name = thread.replaceAll("^\\[|\\]$", "").replaceAll(" ?tid=\\d+$", "");
        if (name.equals("DestroyJavaVM") || name.equals("main")) {
            return "main";
        }
        if (name.startsWith("C2 Compiler")) {
            return "JIT, C2";
        }
        if (name.startsWith("C1 Compiler")) {
            return "JIT, C1";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return "GC";
        }
        return name.replaceAll("[-#]\\d+.*$", "");
    }

    private static boolean classLoading(String frame) {
        return frame.contains("loadClass") || frame.contains("defineClass") || frame.startsWith("ClassFileParser")
                || frame.startsWith("SystemDictionary");
    }

    private static boolean linkage(String frame) {
        return frame.contains("linkCallSite") || frame.contains("linkMethodHandleConstant") || frame.contains("LambdaForm");
    }

    /**
     * The step of the start a main-thread sample belongs to: the first of relief's frames below the start
     * frame (a Guice provider shows as the method it runs, e.g. {@code HttpModule.objectMapper (through
     * InjectorImpl.getInstance)}), else the start frame's callee (a library's own work, e.g.
     * {@code Javalin.start}).
     */
    private static String step(List<String> frames, String start) {
        int i = frames.indexOf(start);
        if (i < 0 && !frames.isEmpty() && frames.get(0).endsWith("ClassLoader.loadClass")) {
            // a class the VM itself asks for while linking or verifying another: the stack shows no caller
            return "(classes the VM loads while linking others, in any step)";
        }
        if (i < 0) {
            return "(outside the start: JVM, launcher, the logger's first use)";
        }
        for (int j = i + 1; j < frames.size(); j++) {
            String frame = frames.get(j);
            if (frame.startsWith("org/relief/") && !frame.contains("$$FastClassByGuice")) {
                return shortName(frame) + (j > i + 1 ? " (through " + shortName(frames.get(i + 1)) + ")" : "");
            }
        }
        return i + 1 < frames.size() ? shortName(frames.get(i + 1)) : "(in " + shortName(start) + ")";
    }

    private static String shortName(String frame) {
        // a lambda's class is named by its number and address, which differ from run to run
        return frame.substring(frame.lastIndexOf('/') + 1).replaceAll("\\$\\$Lambda\\$\\d+\\.0x[0-9a-f]+", "\\$\\$Lambda");
    }

    private static Map<String, Long> sum(List<Sample> samples, Function<Sample, String> key) {
        return samples.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.summingLong(Sample::count)));
    }

    private static Map<String, Long> top(Map<String, Long> totals, int n) {
        return totals.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
