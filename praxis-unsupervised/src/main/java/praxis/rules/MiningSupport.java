package praxis.rules;

/** Shared parameter checks and the frequency test of the miners. */
final class MiningSupport {
  private MiningSupport() {}

  static void check(double minSupport, int maxLength, String who) {
    if (!(minSupport > 0 && minSupport <= 1)) {
      throw new IllegalArgumentException(who + ": minSupport must be in (0, 1] (a fraction of the transactions),"
          + " got " + minSupport + "; e.g. 0.01 for itemsets in at least 1% of the baskets");
    }
    if (maxLength < 0) {
      throw new IllegalArgumentException(who + ": maxLength must be >= 1, or 0 for no limit, got " + maxLength);
    }
  }

  /** The smallest count whose support {@code count / n} is at least {@code minSupport}. */
  static int minCount(double minSupport, int n) {
    int c = (int) Math.ceil(minSupport * n);
    while (c > 1 && (double) (c - 1) / n >= minSupport) {
      c--;
    }
    while ((double) c / n < minSupport) {
      c++;
    }
    return Math.max(c, 1);
  }

  static Transactions require(Transactions t, String who) {
    if (t == null) {
      throw new IllegalArgumentException(who + ": transactions must not be null");
    }
    return t;
  }
}
