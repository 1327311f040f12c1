package praxis.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import praxis.api.Version;

/**
 * The {@code praxis} command: {@code info, models, train, predict, evaluate, cv, compare, demo} and, for
 * unsupervised models, {@code cluster, embed, outliers}.
 *
 * <p>Exit codes: 0 success, 1 failure (missing or malformed file, damaged model, a fit that fails),
 * 2 usage error (bad option, unknown model, hyperparameter or column). Every error is one line on standard
 * error, {@code praxis: error: <what went wrong and how to fix it>}; {@code --debug} adds the stack trace.
 *
 * <pre>{@code
 * praxis compare builtin:iris --report iris.html
 * int code = Main.run(new String[] {"info", "data.csv"}, System.out, System.err);
 * }</pre>
 */
@Command(name = "praxis", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    description = "Machine learning on tables from the command line.",
    subcommands = {InfoCommand.class, ModelsCommand.class, TrainCommand.class, PredictCommand.class,
        TopicsCommand.class, RulesCommand.class,
        EvaluateCommand.class, CvCommand.class, CompareCommand.class, DemoCommand.class, ClusterCommand.class,
        EmbedCommand.class, OutliersCommand.class},
    footer = {"", "Data: a CSV file (header row, empty field = missing) or builtin:NAME (bundled: iris, "
        + "breast_cancer, diabetes, ...).", "Exit codes: 0 ok, 1 failure, 2 usage error. Add --debug for stack traces."})
public final class Main implements Runnable {
  /** Exit code of a successful run. */
  public static final int OK = 0;
  /** Exit code of a failure. */
  public static final int FAILURE = 1;
  /** Exit code of a usage error. */
  public static final int USAGE = 2;

  @Spec
  CommandSpec spec;

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command with the given streams and returns the exit code (for embedding and tests). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    boolean debug = false;
    for (String a : args) {
      if (a.equals("--debug")) {
        debug = true;
      }
    }
    final boolean showTrace = debug;
    configureLogging(debug);
    PrintWriter o = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(o);
    cl.setErr(e);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      String cmd = ex.getCommandLine().getCommandSpec().qualifiedName();
      e.println("praxis: error: " + oneLine(ex.getMessage()) + " (see '" + cmd + " --help')");
      if (showTrace) {
        ex.printStackTrace(e);
      }
      e.flush();
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> report(ex, e, showTrace));
    int code;
    try {
      code = cl.execute(args);
    } catch (Error | RuntimeException ex) {
      code = report(ex, e, showTrace);
    }
    o.flush();
    e.flush();
    return code;
  }

  /** Held so the JDK keeps the configured level (loggers are weakly referenced). */
  private static final java.util.logging.Logger NETLIB = java.util.logging.Logger.getLogger("dev.ludovic.netlib");

  /**
   * Library logging for a command-line tool: SLF4J (slf4j-simple) warnings as short lines on standard error
   * ({@code --debug}: everything), and the BLAS loader's "native library not found" notices hidden unless
   * {@code --debug}. Settings given as system properties win.
   */
  private static void configureLogging(boolean debug) {
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "warn");
    setDefault("org.slf4j.simpleLogger.showThreadName", "false");
    setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
    setDefault("org.slf4j.simpleLogger.logFile", "System.err");
    NETLIB.setLevel(debug ? java.util.logging.Level.ALL : java.util.logging.Level.SEVERE);
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** Prints the one-line message for {@code ex} (and the trace if asked) and returns the exit code. */
  static int report(Throwable ex, PrintWriter err, boolean debug) {
    Throwable t = unwrap(ex);
    int code = t instanceof UsageException ? USAGE : FAILURE;
    String msg;
    if (t instanceof OutOfMemoryError) {
      msg = "out of memory; give Java more heap, e.g. java -Xmx8g -jar praxis.jar ...";
    } else if (isBug(t) || t.getMessage() == null || t.getMessage().isBlank()) {
      msg = "internal error: " + t + (debug ? "" : " (rerun with --debug for the stack trace and report it)");
    } else {
      msg = t.getMessage();
    }
    err.println("praxis: error: " + oneLine(msg));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** Exceptions that signal a programming error rather than bad input. */
  private static boolean isBug(Throwable t) {
    return t instanceof NullPointerException || t instanceof ClassCastException
        || t instanceof IndexOutOfBoundsException || t instanceof ArrayStoreException
        || t instanceof NegativeArraySizeException || t instanceof StackOverflowError
        || t instanceof java.util.NoSuchElementException || t instanceof Error;
  }

  private static Throwable unwrap(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && t.getCause() != t
        && (t instanceof ExecutionException || t instanceof CompletionException
            || t instanceof java.lang.reflect.InvocationTargetException || t.getMessage() == null
            || t.getMessage().equals(t.getCause().toString()))) {
      t = t.getCause();
    }
    return t;
  }

  /** Collapses a message to one line. */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    return s.strip().replaceAll("\\s*\\R\\s*", "; ");
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "missing command; choose one of " + spec.subcommands().keySet());
  }

  /** Reports the library version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"praxis " + Version.VERSION + " (Java " + System.getProperty("java.version") + ")"};
    }
  }
}
