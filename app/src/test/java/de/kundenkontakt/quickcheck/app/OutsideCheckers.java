package de.kundenkontakt.quickcheck.app;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent checkers that tests run over what the application serves: the W3C Nu HTML
 * Checker ({@code vnu.jar} from the npm package {@code vnu-jar}) and Spectral
 * ({@code @stoplight/spectral-cli}), both pinned in the repository's {@code package.json} and
 * installed by {@code npm ci} (see {@code scripts/test}). Without them a test is skipped with a
 * message, like the browser tests; {@code QUICKCHECK_REQUIRE_CHECKERS=true} (set by
 * {@code scripts/test}) makes that a failure.
 */
public final class OutsideCheckers {

    private static final Path VNU = Path.of("node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    private static final Path SPECTRAL = Path.of("node_modules", "@stoplight", "spectral-cli", "dist", "index.js");
    private static final Path RULESET = Path.of(".spectral.yaml");

    private OutsideCheckers() {}

    /** What a checker printed on standard output and standard error, and its exit code. */
    public record Run(int exitCode, String out, String err) {}

    /** The Nu HTML Checker's jar; skips (or fails when required) the calling test without it. */
    public static Path vnuJar() {
        return require(VNU, "the W3C Nu HTML Checker");
    }

    /** Spectral's command-line entry point (a Node.js script); skips (or fails when required) without it. */
    public static Path spectralCli() {
        Path cli = require(SPECTRAL, "Spectral");
        if (executable("node") == null) {
            unavailable("Spectral needs node on the PATH");
        }
        return cli;
    }

    /** The project's Spectral ruleset, {@code .spectral.yaml} in the repository root. */
    public static Path spectralRuleset() {
        return require(RULESET, "the Spectral ruleset");
    }

    /**
     * The JVM option that keeps a checker's JVM (vnu.jar) to the quick compiler: a run of a few seconds
     * never pays back the optimising compiler's work (the checker's CPU time halves; same messages).
     */
    public static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

    /** The java launcher of the JVM that runs the tests. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Runs a checker to its end, at most {@code timeoutSeconds}, with the repository root as the
     * working folder.
     */
    public static Run run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("checker-", ".out");
        Path err = Files.createTempFile("checker-", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(repositoryRoot().toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command.get(0) + " did not finish within " + timeoutSeconds + " s: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** The repository root: the parent of the module folder the tests run in, or the folder itself. */
    public static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("package.json")) || here.getParent() == null ? here : here.getParent();
    }

    /**
     * Waits while {@code scripts/test} installs the Node.js tools (npm ci runs beside the compiler and
     * the unit tests; the file named by {@code QUICKCHECK_TOOLS_INSTALLING} exists until it ended),
     * at most five minutes. Returns at once when no install is under way.
     */
    public static void awaitToolsInstall() {
        String marker = System.getenv("QUICKCHECK_TOOLS_INSTALLING");
        if (marker == null || marker.isBlank()) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        try {
            while (Files.exists(Path.of(marker)) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path require(Path relative, String what) {
        awaitToolsInstall();
        Path file = repositoryRoot().resolve(relative);
        if (!Files.isReadable(file)) {
            unavailable("The test needs " + what + " at " + relative + " (run npm ci in the repository root)");
        }
        return file;
    }

    private static void unavailable(String message) {
        String required = System.getProperty("QUICKCHECK_REQUIRE_CHECKERS", System.getenv("QUICKCHECK_REQUIRE_CHECKERS"));
        if ("true".equalsIgnoreCase(required)) {
            fail(message + "; QUICKCHECK_REQUIRE_CHECKERS=true makes this a failure");
        }
        System.err.println("skipped: " + message);
        assumeTrue(false, message + "; skipped");
    }

    private static Path executable(String name) {
        List<Path> candidates = new ArrayList<>();
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty()) {
                candidates.add(Path.of(folder, name));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }
}
