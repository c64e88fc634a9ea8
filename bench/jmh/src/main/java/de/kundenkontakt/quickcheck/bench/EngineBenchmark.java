package de.kundenkontakt.quickcheck.bench;

import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation of the engine: {@code evaluate} scores complete answers (the target, at most
 * 2 µs); {@code completeAndEvaluate} also checks the answers given as ids, as a request does.
 * The answers are 256 fixed pseudo-random sets, taken in turn, so that no branch is always the same.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class EngineBenchmark {

    private static final int SETS = 256;

    private Catalog catalog;
    private Answers[] answers;
    private List<Map<String, String>> ids;
    private int next;

    @Setup
    public void setUp() {
        catalog = Catalogs.builtIn().defaultCatalog();
        Random random = new Random(20221);
        List<AnswerLevel> levels = catalog.levels();
        answers = new Answers[SETS];
        ids = new java.util.ArrayList<>();
        for (int i = 0; i < SETS; i++) {
            Map<String, String> set = new LinkedHashMap<>();
            for (Question question : catalog.questions()) {
                set.put(question.id(), levels.get(random.nextInt(levels.size())).id());
            }
            ids.add(set);
            answers[i] = Answers.complete(catalog, set);
        }
    }

    @Benchmark
    public Evaluation evaluate() {
        next = (next + 1) & (SETS - 1);
        return catalog.evaluate(answers[next]);
    }

    @Benchmark
    public Evaluation completeAndEvaluate() {
        next = (next + 1) & (SETS - 1);
        return catalog.evaluate(Answers.complete(catalog, ids.get(next)));
    }
}
