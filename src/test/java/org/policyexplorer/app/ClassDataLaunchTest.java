package org.policyexplorer.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The window's second process with the class-data archive: its rules, and the real thing through Monocle. */
class ClassDataLaunchTest {
    @TempDir
    Path dir;

    @Test
    void onlyAClassPathOfJarsCanBeArchived() throws IOException {
        Path a = Files.writeString(dir.resolve("a.jar"), "x");
        Path b = Files.writeString(dir.resolve("b.jar"), "y");
        String sep = java.io.File.pathSeparator;
        assertThat(ClassDataLaunch.onlyJars(a + sep + b)).isTrue();
        assertThat(ClassDataLaunch.onlyJars(a + sep + dir)).as("a folder of classes").isFalse();
        assertThat(ClassDataLaunch.onlyJars(a + sep + dir.resolve("gone.jar"))).as("a missing jar").isFalse();
        assertThat(ClassDataLaunch.onlyJars("")).isFalse();
    }

    @Test
    void theArchiveAndCompilerOptionsComeBeforeTheUsersOwn() {
        String[] given = {"-Xmx2g", "-jar", "policy-explorer.jar", "--db", "有 空格.db"};
        List<String> reading = ClassDataLaunch.command("/usr/bin/java", dir.resolve("a.jsa"), null, given);
        assertThat(reading.get(0)).isEqualTo("/usr/bin/java");
        assertThat(reading.get(1)).isEqualTo("-XX:SharedArchiveFile=" + dir.resolve("a.jsa"));
        assertThat(reading).containsSubsequence(ClassDataLaunch.LATER_OPTIMISING);
        assertThat(reading).contains("-D" + ClassDataLaunch.MODE + "=child");
        assertThat(reading.subList(reading.size() - given.length, reading.size())).containsExactly(given);

        List<String> writing = ClassDataLaunch.command("java", dir.resolve("a.jsa"), dir.resolve("a.tmp"), given);
        assertThat(writing.get(1)).isEqualTo("-XX:ArchiveClassesAtExit=" + dir.resolve("a.tmp"));
    }

    @Test
    void aChangedJarOrOneItsManifestNamesGetsANewArchive() throws IOException {
        Path lib = Files.writeString(dir.resolve("lib.jar"), "library");
        Path app = jar(dir.resolve("app.jar"), "lib.jar", "org/x/A.class");
        List<String> options = List.of("-jar", app.toString());
        String key = ClassDataLaunch.key(app.toString(), options);
        assertThat(ClassDataLaunch.key(app.toString(), options)).isEqualTo(key);
        assertThat(ClassDataLaunch.key(app.toString(), List.of("-Xmx40g", "-jar", app.toString())))
                .as("an option that changes what the archive must match").isNotEqualTo(key);
        assertThat(ClassDataLaunch.key(app.toString(), List.of("-Dx=1", "-Xlog:gc:file=a.log", "-jar", app.toString())))
                .as("properties and logging do not").isEqualTo(key);

        Files.writeString(lib, "library, rebuilt");
        String afterLibrary = ClassDataLaunch.key(app.toString(), options);
        assertThat(afterLibrary).as("the manifest's jar changed").isNotEqualTo(key);

        jar(app, "lib.jar", "org/x/A.class", "org/x/B.class");
        assertThat(ClassDataLaunch.key(app.toString(), options)).as("the jar itself changed").isNotEqualTo(afterLibrary);
    }

    @Test
    void debuggersAgentsRecordingsAndTheUsersOwnArchiveOptionsAreNotRunTwice() {
        assertThat(ClassDataLaunch.safeToRepeat(List.of("-Xmx2g", "-Dprism.order=sw", "-jar", "x.jar"))).isTrue();
        for (String once : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:a.jar",
                "-XX:StartFlightRecording=filename=x.jfr", "-Xshare:off", "-XX:SharedArchiveFile=my.jsa")) {
            assertThat(ClassDataLaunch.safeToRepeat(List.of(once, "-jar", "x.jar"))).as(once).isFalse();
        }
    }

    @Test
    void theCommandLineRecoveredMustEndWithWhatMainWasGiven() {
        String[] main = {"--db", "", "--check-start"};
        assertThat(ClassDataLaunch.endsWith(new String[] {"-jar", "x.jar", "--db", "", "--check-start"}, main)).isTrue();
        assertThat(ClassDataLaunch.endsWith(new String[] {"-jar", "x.jar", "--db"}, main))
                .as("cut at the empty argument").isFalse();
        assertThat(ClassDataLaunch.endsWith(new String[] {"-jar", "x.jar"}, new String[0])).isTrue();
    }

    @Test
    void anArchiveIsKeptOnlyFromAWindowThatClosedNormallyAndTheNewestThreeStay() throws IOException {
        Path archive = dir.resolve("start-new.jsa");
        Path failed = Files.writeString(dir.resolve("start-new.1.tmp"), "classes");
        ClassDataLaunch.keepWritten(failed, archive, false);
        assertThat(failed).doesNotExist();
        assertThat(archive).doesNotExist();

        long now = System.currentTimeMillis();
        for (int i = 1; i <= 3; i++) {
            Path old = Files.writeString(dir.resolve("start-old" + i + ".jsa"), "classes");
            Files.setLastModifiedTime(old, FileTime.fromMillis(now - i * 60_000L));
        }
        Path leftByAKilledWindow = Files.writeString(dir.resolve("start-killed.7.tmp"), "half");
        Files.setLastModifiedTime(leftByAKilledWindow, FileTime.fromMillis(now - 2 * 3_600_000L));
        Path beingWrittenNow = Files.writeString(dir.resolve("start-other.8.tmp"), "half");
        Path written = Files.writeString(dir.resolve("start-new.2.tmp"), "classes");

        ClassDataLaunch.keepWritten(written, archive, true);

        assertThat(archive).hasContent("classes");
        assertThat(dir.resolve("start-old1.jsa")).exists();
        assertThat(dir.resolve("start-old2.jsa")).exists();
        assertThat(dir.resolve("start-old3.jsa")).as("the oldest of four").doesNotExist();
        assertThat(leftByAKilledWindow).doesNotExist();
        assertThat(beingWrittenNow).as("another window may still be writing it").exists();
    }

    /**
     * The jar's window start as a user makes it, headless through Monocle: the first start opens the report and
     * leaves an archive; the second start's window classes come from it; a start that fails leaves none; with
     * the switch off the window opens in the first process.
     */
    @Test
    @EnabledOnOs(value = OS.LINUX, disabledReason = "the cache folder is chosen by XDG_CACHE_HOME on Linux only")
    void theWindowStartsInASecondProcessThatMapsTheArchive() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of(System.getProperty("java.home"), "lib", "server", "classes.jsa")),
                "this Java has no default class-data archive, which an archive of the application's classes extends");
        Path cache = dir.resolve("cache");
        Path folder = cache.resolve("policy-explorer");

        Run first = start("first", "--check-start");
        assertThat(first.status).as(first.err).isZero();
        assertThat(first.out).startsWith("opened: ").contains("通州区");
        assertThat(archives(folder, ".jsa")).hasSize(1);
        assertThat(archives(folder, ".tmp")).isEmpty();
        assertThat(first.loadLogs()).as("two processes").hasSize(2);
        assertThat(first.mainWindowSources()).noneMatch(source -> source.contains("shared objects file"));

        Run second = start("second", "--check-start");
        assertThat(second.status).as(second.err).isZero();
        assertThat(second.mainWindowSources()).anyMatch(source -> source.contains("shared objects file"));

        Files.delete(archives(folder, ".jsa").get(0));
        Run mistaken = start("mistaken", "--no-such-option");
        assertThat(mistaken.status).isEqualTo(2);
        assertThat(mistaken.err).contains("--no-such-option");
        assertThat(archives(folder, ".jsa")).as("a start that failed archives nothing").isEmpty();

        Run inOne = start("one", "-D" + ClassDataLaunch.MODE + "=off", "--check-start");
        assertThat(inOne.status).as(inOne.err).isZero();
        assertThat(inOne.loadLogs()).as("one process").hasSize(1);
    }

    private record Run(int status, String out, String err, Path logs) {
        List<Path> loadLogs() throws IOException {
            try (Stream<Path> files = Files.list(logs)) {
                return files.toList();
            }
        }

        /** Where each process that loaded the main window's class says it came from. */
        List<String> mainWindowSources() throws IOException {
            List<String> sources = new ArrayList<>();
            for (Path log : loadLogs()) {
                for (String line : Files.readAllLines(log)) {
                    if (line.contains(" org.policyexplorer.ui.window.MainWindow source: ")) {
                        sources.add(line.substring(line.indexOf("source: ")));
                    }
                }
            }
            return sources;
        }
    }

    private Run start(String name, String... options) throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs-" + name));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java,
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Xlog:class+load=info:file=" + logs.resolve("load-%p.log")));
        List<String> arguments = new ArrayList<>();
        for (String option : options) {
            (option.startsWith("-D") ? command : arguments).add(option);
        }
        command.addAll(List.of("-cp", applicationClassPath(), "org.policyexplorer.Main", "--db",
                dir.resolve("store.db").toString(), "--lang", "en"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().put("HOME", dir.toString());
        Process process = builder.start();
        try {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the start ends").isTrue();
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), Files.readString(dir.resolve(name + ".out")),
                Files.readString(dir.resolve(name + ".err")), logs);
    }

    /** The application as a jar (archives hold classes from jars only) and the test run's libraries. */
    private String applicationClassPath() throws IOException {
        Path jar = dir.resolve("policy-explorer.jar");
        if (!Files.exists(jar)) {
            Path classes;
            try {
                classes = Path.of(ClassDataLaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), new Manifest());
                 Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
        List<String> entries = new ArrayList<>(List.of(jar.toString()));
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static List<Path> archives(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static Path jar(Path path, String classPath, String... entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream file = Files.newOutputStream(path);
             JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String entry : entries) {
                out.putNextEntry(new JarEntry(entry));
                out.write(entry.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return path;
    }
}
