package praxis.quality;

/**
 * Thrown by {@link Constraints#apply} with {@link Constraints.Policy#FAIL} when a rule is broken; the message
 * holds the counts per column and rule and the first violations, {@link #report()} all of them.
 *
 * <pre>{@code
 * try {
 *   constraints.apply(frame, Constraints.Policy.FAIL);
 * } catch (ConstraintViolationException e) {
 *   e.report().violations().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class ConstraintViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final transient ConstraintReport report;

  ConstraintViolationException(ConstraintReport report) {
    super("data breaks its constraints: " + report.summary()
        + "use policy DROP_ROWS or SET_MISSING to repair, or fix the data");
    this.report = report;
  }

  /** All violations. */
  public ConstraintReport report() {
    return report;
  }
}
