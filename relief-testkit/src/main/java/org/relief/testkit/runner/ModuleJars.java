package org.relief.testkit.runner;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.relief.core.engine.LoadedModule;
import org.relief.core.engine.RuleModuleLoadException;
import org.relief.core.engine.RuleModules;
import org.relief.core.spi.RuleModule;

/**
 * Loads the rule modules for a run: those on the kit's class path, plus those in the jars named
 * with {@code --modules}, each jar in its own {@link URLClassLoader} (a child of the kit's loader,
 * so the jar sees core's API and no other module jar) and found with
 * {@link RuleModules#discover(ClassLoader)}. The national baseline is always present.
 */
public final class ModuleJars {
    private ModuleJars() {
    }

    /** The modules on {@code parent}'s class path and in {@code jars}. */
    public static RuleModules load(List<Path> jars, ClassLoader parent) throws ModuleLoadingException {
        List<RuleModule> modules = new ArrayList<>();
        try {
            for (LoadedModule m : RuleModules.discover(parent).regional()) {
                modules.add(m.module());
            }
            for (Path jar : jars) {
                modules.addAll(fromJar(jar, parent));
            }
            return RuleModules.of(modules);
        } catch (RuleModuleLoadException | java.util.ServiceConfigurationError e) {
            throw new ModuleLoadingException("cannot load rule modules（无法加载规则模块）: " + e.getMessage(), e);
        }
    }

    /** The modules on the class path of the context class loader and in {@code jars}. */
    public static RuleModules load(List<Path> jars) throws ModuleLoadingException {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return load(jars, cl != null ? cl : ModuleJars.class.getClassLoader());
    }

    private static List<RuleModule> fromJar(Path jar, ClassLoader parent) throws ModuleLoadingException {
        if (!Files.isRegularFile(jar) || !Files.isReadable(jar)) {
            throw new ModuleLoadingException(jar + ": no such jar（找不到该 jar 文件）", null);
        }
        try {
            // opened only to report a file that is not a jar with a clear message
            new JarFile(jar.toFile()).close();
        } catch (IOException e) {
            throw new ModuleLoadingException(jar + ": not a jar: " + e.getMessage() + "（不是有效的 jar 文件）", e);
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("relief-module:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new ModuleLoadingException(jar + ": " + e.getMessage(), e);
        }
        List<RuleModule> own = new ArrayList<>();
        for (LoadedModule m : RuleModules.discover(loader).regional()) {
            // discover() also sees the parent's modules: keep those this jar defines
            if (m.module().getClass().getClassLoader() == loader) {
                own.add(m.module());
            }
        }
        if (own.isEmpty()) {
            throw new ModuleLoadingException(jar + ": no rule module in this jar (META-INF/services/"
                    + RuleModule.class.getName() + ")（该 jar 中没有规则模块）", null);
        }
        return own;
    }

    /** A module jar cannot be read or its modules cannot be loaded (the command line exits with 2). */
    public static final class ModuleLoadingException extends Exception {
        private static final long serialVersionUID = 1L;

        public ModuleLoadingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
