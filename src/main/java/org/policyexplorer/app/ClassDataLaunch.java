package org.policyexplorer.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * Opens the window in a second Java process that maps its start-up's classes from a class-data-sharing archive
 * (CDS; JEP 310/350) instead of reading, verifying and linking some 5,000 classes from the jars: the first frame
 * comes some 30 % sooner (scripts/bench-startup.sh). {@code java -jar} cannot give the JVM the archive itself —
 * a jar's manifest holds no JVM options — so the first process, which has loaded almost nothing yet, starts the
 * second with the same command line plus the archive, passes input and output through and exits with its
 * status. The first window start writes the archive as it closes (some seconds more at exit, once, with the
 * window already gone); a new jar, Java or class path makes a new one, and the newest three are kept. The
 * installed app image has an archive of its own (its launcher passes it). A module-path start
 * ({@code mvn javafx:run}), folders on the class path, a JVM that is not HotSpot, a platform that does not tell
 * a process its own command line, and {@code -Dpolicyexplorer.classData=off} open the window in this process.
 */
public final class ClassDataLaunch {
    /** {@code off}: never relaunch; {@code child}: this is the relaunched process. */
    public static final String MODE = "policyexplorer.classData";
    /** When the first process's main began (epoch milliseconds): {@code --timings} counts from there. */
    public static final String LAUNCHED_AT = "policyexplorer.launchedAt";
    /** Set as main first touches this class, before anything else is done. */
    private static final long MAIN_STARTED_MILLIS = System.currentTimeMillis();
    private static final String PREFIX = "start-";
    private static final String SUFFIX = ".jsa";
    private static final List<String> RUN_ONCE = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp",
            "-Xdebug", "-XX:StartFlightRecording", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare");
    private static final List<String> ARCHIVE_RELEVANT = List.of("-XX:", "-Xmx", "-Xms", "--add-", "--patch-module",
            "--limit-modules", "--upgrade-module-path");
    /** Archives kept: a user with an installed jar and a newer one at hand keeps one for each. */
    private static final int KEPT = 3;

    /**
     * The optimising compiler (C2) takes a method four times later than by default. Start-up code runs a few
     * thousand times and then no more, and compiling it again with C2 took 0.8–1.0 s of processor time before
     * the first frame — on two cores, time taken from the window being built; code that stays hot (search,
     * import, layout) still reaches C2, a moment later. Measured: the first frame 12 % sooner (median of 10
     * pairs), the index of 1,000 reports built as fast. The app image's launcher passes the same (pom.xml).
     */
    static final List<String> LATER_OPTIMISING = List.of("-XX:Tier4InvocationThreshold=20000",
            "-XX:Tier4MinInvocationThreshold=2400", "-XX:Tier4CompileThreshold=60000",
            "-XX:Tier4BackEdgeThreshold=160000");

    private ClassDataLaunch() {
    }

    /**
     * {@link System#nanoTime()} as it was when the program's first {@code main} began: the first process's for
     * the relaunched window (the second JVM's start is part of what the user waits for), else this one's. (A
     * process's start instant is no use here: on Linux it is known to the second only.)
     */
    public static long launchNanos() {
        long nanos = System.nanoTime();
        Long launched = Long.getLong(LAUNCHED_AT);
        return launched == null ? nanos : nanos - Math.max(0, System.currentTimeMillis() - launched) * 1_000_000;
    }

    /**
     * Runs the window in a process with the class-data archive and returns its exit status; empty when this
     * process should open the window itself (not applicable here, or the second process could not start).
     */
    public static OptionalInt relaunch(String[] args) {
        if (!applies(args)) {
            return OptionalInt.empty();
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String> java = self.command();
        // the JDK stops at an empty argument (--db ""): what it gives must end with the arguments main was given
        Optional<String[]> arguments = self.arguments().or(ClassDataLaunch::argumentsFromProc)
                .filter(all -> endsWith(all, args));
        Path folder = cacheFolder();
        if (java.isEmpty() || arguments.isEmpty() || folder == null) {
            return OptionalInt.empty();
        }
        List<String> jvmOptions = List.of(arguments.get()).subList(0, arguments.get().length - args.length);
        if (!safeToRepeat(jvmOptions)) {
            return OptionalInt.empty();
        }
        Path archive;
        Path writing = null;
        Process child;
        try {
            Files.createDirectories(folder);
            String key = key(System.getProperty("java.class.path"), jvmOptions);
            archive = folder.resolve(PREFIX + key + SUFFIX);
            if (!Files.exists(archive)) {
                writing = folder.resolve(PREFIX + key + "." + ProcessHandle.current().pid() + ".tmp");
                Files.deleteIfExists(writing);
                Files.createFile(writing); // the folder takes a file: the JVM can write the archive there
            }
            child = new ProcessBuilder(command(java.get(), archive, writing, arguments.get())).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(writing);
            return OptionalInt.empty(); // no second process: the window opens here, without the archive
        }
        // from here on the window has run: whatever happens, its status is the answer, never a second window
        Path written = writing;
        Thread stopChild = new Thread(() -> stop(child, written), "pe-stop-window");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status = waitFor(child);
        try {
            Runtime.getRuntime().removeShutdownHook(stopChild);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops nothing that has not stopped already
        }
        if (written != null) {
            try {
                keepWritten(written, archive, status == 0);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(written); // the next window start writes one again
            }
        }
        return OptionalInt.of(status);
    }

    /** The first process was stopped (Ctrl+C, a logout): so is the window, and what it was writing goes. */
    private static void stop(Process child, Path writing) {
        child.destroy();
        try {
            child.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteQuietly(writing);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind: removed with the stale ones an hour on
        }
    }

    static boolean endsWith(String[] all, String[] tail) {
        return all.length >= tail.length
                && Arrays.equals(all, all.length - tail.length, all.length, tail, 0, tail.length);
    }

    /**
     * Options that must not run twice: a debugger or agent (the second would find its port taken), a flight
     * recording (the idle first process would write over the window's), and the user's own class-data options.
     */
    static boolean safeToRepeat(List<String> jvmOptions) {
        return jvmOptions.stream().noneMatch(option -> startsWithAny(option, RUN_ONCE));
    }

    private static boolean startsWithAny(String option, List<String> prefixes) {
        return prefixes.stream().anyMatch(option::startsWith);
    }

    /**
     * On Linux the JDK reads only the first 4,096 bytes of a process's command line and gives no arguments for
     * a longer one (a long class path); the kernel's file holds all of it, each argument ended by a NUL.
     */
    private static Optional<String[]> argumentsFromProc() {
        Path cmdline = Path.of("/proc/self/cmdline");
        try {
            if (!Files.isReadable(cmdline)) {
                return Optional.empty();
            }
            String all = new String(Files.readAllBytes(cmdline),
                    java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")));
            String[] parts = all.split("\0", -1); // empty arguments kept; the last NUL ends the last argument
            return parts.length < 3 ? Optional.empty()
                    : Optional.of(Arrays.copyOfRange(parts, 1, parts.length - 1));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The window, started with {@code java} on the class path, by HotSpot, not already relaunched. */
    static boolean applies(String[] args) {
        String mode = System.getProperty(MODE, "");
        if (mode.equals("off") || mode.equals("child")) {
            return false;
        }
        if (System.getProperty("jpackage.app-path") != null || System.getProperty("jdk.module.path") != null) {
            return false;
        }
        String vm = System.getProperty("java.vm.name", "");
        boolean hotSpot = vm.contains("HotSpot") || vm.contains("OpenJDK");
        if (!hotSpot || runtimeArchive() == null || !onlyJars(System.getProperty("java.class.path", ""))) {
            return false;
        }
        // the CLI and --help/--version print and exit: nothing for a second process to win
        return !org.policyexplorer.app.cli.PolicyExplorerCommand.namesASubcommand(args);
    }

    /**
     * Class-data sharing archives classes from jars only, and a JVM asked to archive with a folder of classes
     * on the class path fails as it exits (a development start from target/classes): those start here.
     */
    static boolean onlyJars(String classPath) {
        if (classPath.isBlank()) {
            return false;
        }
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The second process's command: the same Java, the archive options first (so that an option given on the
     * command line still wins), then the first process's arguments as they were. JVM messages go to standard
     * error so that nothing is added to standard output.
     */
    static List<String> command(String java, Path archive, Path writing, String[] arguments) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add(writing == null ? "-XX:SharedArchiveFile=" + archive : "-XX:ArchiveClassesAtExit=" + writing);
        command.add("-Xshare:auto"); // an archive that does not fit is ignored, never an error
        command.add("-Xlog:disable");
        command.add("-Xlog:all=warning:stderr");
        command.add("-Xlog:cds*=off:stderr"); // what it could not archive, or an archive that does not fit
        command.addAll(LATER_OPTIMISING);
        command.add("-D" + MODE + "=child");
        command.add("-D" + LAUNCHED_AT + "=" + MAIN_STARTED_MILLIS);
        command.addAll(List.of(arguments));
        return command;
    }

    private static int waitFor(Process child) {
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // nothing here interrupts this thread; if something does, the window's status is still wanted
            }
        }
    }

    /**
     * Keeps the archive the window wrote as it closed — only after a window that opened and closed normally:
     * one that could not start (no display, a mistake on the command line) holds too little of a start — and
     * drops all but the newest few (other jars, Java versions or builds: one per jar at hand, not an ever
     * growing set), with what processes that were killed while writing left behind.
     */
    static void keepWritten(Path writing, Path archive, boolean windowClosedNormally) throws IOException {
        if (!windowClosedNormally || !Files.exists(writing) || Files.size(writing) == 0) {
            Files.deleteIfExists(writing);
            return;
        }
        Files.move(writing, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(archive.getParent(), PREFIX + "*" + SUFFIX)) {
            found.forEach(archives::add);
        }
        archives.sort(Comparator.comparing(ClassDataLaunch::modified).reversed());
        for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
        }
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (DirectoryStream<Path> left = Files.newDirectoryStream(archive.getParent(), PREFIX + "*.tmp")) {
            for (Path file : left) {
                if (modified(file).compareTo(hourAgo) < 0) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * What the archive was made from: the Java runtime (and its own archive) and every jar of the class path
     * (with the jars its manifest names), by path, size and time. The JVM checks this too and ignores an
     * archive that does not fit; the key makes a changed jar get a new archive instead of none.
     */
    static String key(String classPath, List<String> jvmOptions) throws IOException {
        StringBuilder from = new StringBuilder();
        from.append(System.getProperty("java.home")).append('|').append(System.getProperty("java.vm.version"));
        // the runtime's own archive, which this one extends: regenerated (a package update), it voids this one
        Path runtime = runtimeArchive();
        if (runtime != null) {
            describe(runtime, from);
        }
        // options that change what an archive must match (a heap over 32 GB, another collector, other modules)
        // get an archive of their own; properties and logging do not
        for (String option : jvmOptions) {
            if (startsWithAny(option, ARCHIVE_RELEVANT)) {
                from.append('|').append(option);
            }
        }
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            describe(path, from);
            for (Path listed : manifestClassPath(path)) {
                describe(listed, from);
            }
        }
        // a name, not a proof (the JVM checks the archive itself): CRC-32 and the string hash, not a message
        // digest, whose providers take this first process some 20 ms to set up
        byte[] bytes = from.toString().getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return String.format("%08x%08x", crc.getValue(), from.toString().hashCode());
    }

    /** The runtime's default class-data archive, which an application's archive extends; null without one. */
    static Path runtimeArchive() {
        for (String folder : List.of("lib", "bin")) {
            Path archive = Path.of(System.getProperty("java.home"), folder, "server", "classes.jsa");
            if (Files.isRegularFile(archive)) {
                return archive;
            }
        }
        return null;
    }

    private static void describe(Path path, StringBuilder to) throws IOException {
        to.append('|').append(path);
        if (Files.isRegularFile(path)) {
            to.append(':').append(Files.size(path)).append(':').append(Files.getLastModifiedTime(path).toMillis());
        }
    }

    private static List<Path> manifestClassPath(Path jar) throws IOException {
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String listed = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (listed == null) {
                return List.of();
            }
            List<Path> paths = new ArrayList<>();
            for (String name : listed.trim().split("\\s+")) {
                paths.add(jar.resolveSibling(name));
            }
            return paths;
        }
    }

    /** The user's cache folder for the application; null when there is no home folder to put it in. */
    static Path cacheFolder() {
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null
                : DataLocation.cacheFolder(System.getenv(), System.getProperty("os.name", ""), Path.of(home));
    }
}
