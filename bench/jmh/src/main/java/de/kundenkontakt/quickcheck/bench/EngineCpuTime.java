package de.kundenkontakt.quickcheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The same evaluation as {@link EngineBenchmark#evaluate()}, timed by the thread's CPU time rather
 * than the wall clock: on a machine whose cores are shared with other work, JMH's wall-clock
 * figures include the time the thread waited for a core; this one does not. Five rounds of
 * 2,000,000 evaluations after 2,000,000 for warm-up; prints CPU ns per evaluation for each round.
 */
public final class EngineCpuTime {

    private EngineCpuTime() {}

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        EngineBenchmark benchmark = new EngineBenchmark();
        benchmark.setUp();
        int rounds = 5;
        int perRound = 2_000_000;
        long sink = 0;
        for (int i = 0; i < perRound; i++) {
            sink += benchmark.evaluate().ranking().size();
        }
        for (int round = 1; round <= rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += benchmark.evaluate().ranking().size();
            }
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            wall = System.nanoTime() - wall;
            System.out.printf("round %d: %.0f ns CPU per evaluation (%.0f ns wall)%n",
                    round, (double) cpu / perRound, (double) wall / perRound);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
