package praxis.cli;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A terminal progress bar (me.tongfei:progressbar) on standard error that appears only once the work has
 * run for more than a second, so quick commands print nothing extra. Disabled when standard error is not a
 * terminal (pipes, files, tests) or with {@code --quiet}. Owns one daemon timer thread, stopped by
 * {@link #close()}.
 *
 * <pre>{@code
 * try (Progress p = Progress.start("compare", models * folds, !quiet)) {
 *   for (...) { work(); p.step("logistic_regression"); }
 * }
 * }</pre>
 */
public final class Progress implements AutoCloseable {
  private static final long DELAY_MS = 1000;

  private final String task;
  private final long max;
  private final long startNanos = System.nanoTime();
  private final ScheduledExecutorService timer;
  private final PrintStream stream;
  private ProgressBar bar;
  private long done;
  private String message = "";
  private boolean closed;

  private Progress(String task, long max, PrintStream stream, boolean enabled) {
    this.task = task;
    this.max = max;
    this.stream = stream;
    if (enabled) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "praxis-progress");
        t.setDaemon(true);
        return t;
      });
      timer.schedule(this::show, DELAY_MS, TimeUnit.MILLISECONDS);
    } else {
      timer = null;
    }
  }

  /**
   * Starts tracking {@code max} steps ({@code -1} if unknown). The bar is drawn on standard error after one
   * second, and only if {@code enabled} and standard error is an interactive terminal.
   */
  public static Progress start(String task, long max, boolean enabled) {
    return new Progress(task, max, System.err, enabled && interactive());
  }

  /** Records one finished step and shows {@code what} next to the bar. */
  public synchronized void step(String what) {
    done++;
    message = what == null ? "" : what;
    if (bar != null) {
      bar.stepTo(done);
      bar.setExtraMessage(message);
    }
  }

  /** Number of steps recorded. */
  public synchronized long done() {
    return done;
  }

  /** Removes the timer and finishes the bar if it was shown. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (timer != null) {
      timer.shutdownNow();
    }
    if (bar != null) {
      bar.close();
    }
  }

  private synchronized void show() {
    if (closed || bar != null) {
      return;
    }
    bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(stream)).setUpdateIntervalMillis(250)
        .startsFrom(done, Duration.ofNanos(System.nanoTime() - startNanos)).build();
    bar.setExtraMessage(message);
  }

  /** Whether the process talks to an interactive terminal (JDK 22+: {@code Console.isTerminal()}). */
  static boolean interactive() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      Method m = java.io.Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // JDK < 22: a console exists only when attached to a terminal
    }
  }
}
