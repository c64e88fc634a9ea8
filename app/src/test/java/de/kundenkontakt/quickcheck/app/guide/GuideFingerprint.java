package de.kundenkontakt.quickcheck.app.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fingerprint of the guide: the hash of every run of {@value #RUN} consecutive normalised words
 * of its text. It tells whether a text of ours repeats such a run without the guide's text being
 * in the repository. Immutable and thread-safe.
 *
 * <p>{@code scripts/guide-fingerprint} runs {@link #main} on the guide ({@code ../shared/seed/*.txt})
 * and writes the result to the test resource {@value #RESOURCE}; only the JDK is used, so this file
 * runs on its own as a Java source-file program.
 */
public final class GuideFingerprint {

    /** How many consecutive words make a run. */
    public static final int RUN = 8;

    /** The classpath resource of the committed fingerprint. */
    public static final String RESOURCE = "/guide/fingerprint.txt";

    /** Hex digits kept of each SHA-256: 48 bits, so a chance match among our texts is negligible. */
    private static final int HEX_DIGITS = 12;

    private static final String HEADER = """
            # Fingerprint of the guide (../shared/seed/*.txt) for GuideNotCopiedTest; made by scripts/guide-fingerprint.
            # Words: lower case (German rules), split at every character that is neither a letter nor a digit.
            # One line per run of %d consecutive words: the first %d hex digits of the SHA-256 of the words
            # joined by single spaces (UTF-8), sorted.
            """.formatted(RUN, HEX_DIGITS);

    private final Set<String> hashes;

    private GuideFingerprint(Set<String> hashes) {
        this.hashes = Set.copyOf(hashes);
    }

    /** The normalised words of a text, in order; never null. */
    public static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.GERMAN).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** Every run of {@value #RUN} consecutive words, each joined by single spaces; never null. */
    public static Set<String> runs(List<String> words) {
        Set<String> runs = new HashSet<>();
        for (int i = 0; i + RUN <= words.size(); i++) {
            runs.add(String.join(" ", words.subList(i, i + RUN)));
        }
        return runs;
    }

    /** The fingerprint of texts (the guide's files). */
    public static GuideFingerprint of(List<String> texts) {
        Set<String> hashes = new HashSet<>();
        for (String text : texts) {
            runs(words(text)).forEach(run -> hashes.add(hash(run)));
        }
        return new GuideFingerprint(hashes);
    }

    /** The fingerprint committed as the test resource {@value #RESOURCE}. */
    public static GuideFingerprint committed() {
        try (InputStream in = GuideFingerprint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " in the test resources; make it with scripts/guide-fingerprint");
            }
            Set<String> hashes = new HashSet<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(hashes::add);
            return new GuideFingerprint(hashes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Whether a run of words (as {@link #runs} gives it) stands in the guide. */
    public boolean contains(String run) {
        return hashes.contains(hash(run));
    }

    /** How many different runs the guide has. */
    public int size() {
        return hashes.size();
    }

    /** The text of the fingerprint file: a header, then the sorted hashes, one per line. */
    public String text() {
        return HEADER + String.join("\n", new TreeSet<>(hashes)) + "\n";
    }

    @Override
    public String toString() {
        return "fingerprint of " + hashes.size() + " runs of " + RUN + " words";
    }

    private static String hash(String run) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Prints the fingerprint of the guide files named as arguments (UTF-8 text) to standard output. */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java GuideFingerprint.java GUIDE.txt... > fingerprint.txt");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        for (String file : args) {
            texts.add(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        }
        System.out.print(of(texts).text());
    }
}
