import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reports the longest main classes (lines per file) and methods (lines from signature to closing
 * brace) of engine/ and app/, and with --check fails when a class has more than 300 lines or a
 * method more than 40. Run by scripts/code-metrics; needs only Java.
 */
public class CodeMetrics {

    static final int MAX_CLASS = 300;
    static final int MAX_METHOD = 40;

    private static final Pattern SIGNATURE = Pattern.compile(
            "^(\\s+)(?:@\\w+(?:\\([^)]*\\))?\\s+)*(?:(?:public|protected|private|static|final|synchronized|abstract|default)\\s+)*"
                    + "(?:<[^>]+>\\s+)?(?:[\\w.\\[\\]]+(?:<[^()]*>)?(?:\\[\\])*\\s+)?(\\w+)\\s*\\(.*");
    private static final Pattern TYPE = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final|sealed|non-sealed|abstract)\\s+)*(?:record|class|interface|enum)\\b.*");
    private static final List<String> NOT_A_NAME =
            List.of("if", "for", "while", "switch", "catch", "return", "new", "throw", "else", "synchronized", "try");

    record Measure(String where, int lines) {}

    public static void main(String[] args) throws IOException {
        boolean check = List.of(args).contains("--check");
        int top = 10;
        List<Measure> classes = new ArrayList<>();
        List<Measure> methods = new ArrayList<>();
        for (String module : List.of("engine", "app")) {
            Path root = Path.of(module, "src", "main", "java");
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    String name = root.relativize(file).toString();
                    classes.add(new Measure(module + ":" + name, lines.size()));
                    measureMethods(module + ":" + name, lines, methods);
                }
            }
        }
        classes.sort(Comparator.comparingInt(Measure::lines).reversed());
        methods.sort(Comparator.comparingInt(Measure::lines).reversed());
        System.out.println("Longest classes (lines; limit " + MAX_CLASS + "):");
        classes.stream().limit(top).forEach(m -> System.out.printf("  %5d  %s%n", m.lines(), m.where()));
        System.out.println("Longest methods (lines; limit " + MAX_METHOD + "):");
        methods.stream().limit(top).forEach(m -> System.out.printf("  %5d  %s%n", m.lines(), m.where()));
        long bigClasses = classes.stream().filter(m -> m.lines() > MAX_CLASS).count();
        long longMethods = methods.stream().filter(m -> m.lines() > MAX_METHOD).count();
        System.out.printf("%d classes over %d lines, %d methods over %d lines (%d files, %d methods)%n",
                bigClasses, MAX_CLASS, longMethods, MAX_METHOD, classes.size(), methods.size());
        if (check && (bigClasses > 0 || longMethods > 0)) {
            System.exit(1);
        }
    }

    /** A method or constructor runs from its signature to the closing brace at the signature's indent. */
    static void measureMethods(String file, List<String> lines, List<Measure> methods) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SIGNATURE.matcher(lines.get(i));
            if (!m.matches() || NOT_A_NAME.contains(m.group(2)) || TYPE.matcher(lines.get(i)).matches()
                    || lines.get(i).trim().startsWith("return ") || lines.get(i).trim().startsWith("new ")) {
                continue;
            }
            String indent = m.group(1);
            if (lines.get(i).trim().endsWith("}")) {
                continue; // a one-line body
            }
            int open = i;
            while (open < lines.size() && !lines.get(open).trim().endsWith("{")) {
                if (lines.get(open).trim().endsWith(";")) {
                    open = -1; // abstract, interface or a call, not a body
                    break;
                }
                open++;
            }
            if (open < 0 || open >= lines.size()) {
                continue;
            }
            for (int end = open + 1; end < lines.size(); end++) {
                if (lines.get(end).equals(indent + "}")) {
                    methods.add(new Measure(file + ":" + (i + 1) + " " + m.group(2), end - i + 1));
                    break;
                }
            }
        }
    }
}
