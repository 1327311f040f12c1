package praxis.select.internal;

/**
 * A re-implementation of NumPy's legacy {@code numpy.random.RandomState} (MT19937) for the few operations
 * scikit-learn's splitters use, so that an integer {@code random_state} gives the same folds here and there.
 *
 * <p>Algorithm: the 32-bit Mersenne Twister of Matsumoto &amp; Nishimura (1998). An integer seed in
 * {@code [0, 2^32)} initialises the 624-word state with the reference {@code init_genrand} recurrence
 * {@code mt[i] = 1812433253 * (mt[i-1] ^ (mt[i-1] >>> 30)) + i}, which is what {@code RandomState(int)} does;
 * a seed outside that range is split into its low and high 32-bit words and fed to the reference
 * {@code init_by_array}, as {@code RandomState([lo, hi])} would. {@link #shuffle} is the legacy
 * Fisher–Yates pass from the last element down to the second, where each swap partner {@code j} in
 * {@code [0, i]} is drawn by masked rejection sampling: 32-bit outputs are AND-ed with the smallest
 * all-ones mask covering {@code i} until the value is at most {@code i}. {@link #nextDouble} is NumPy's
 * 53-bit {@code random_sample}. Cost: O(1) amortised per draw; not thread-safe (use one per task).
 *
 * <pre>{@code
 * NumpyRandom r = new NumpyRandom(42);
 * int[] idx = NumpyRandom.arange(10);
 * r.shuffle(idx);   // same order as np.random.RandomState(42).shuffle(np.arange(10))
 * }</pre>
 */
public final class NumpyRandom {
  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER = 0x80000000;
  private static final int LOWER = 0x7fffffff;

  private final int[] mt = new int[N];
  private int pos;

  /**
   * A generator seeded as NumPy's {@code RandomState(seed)} for {@code 0 <= seed < 2^32}, and as
   * {@code RandomState([seed & 0xffffffff, seed >>> 32])} otherwise.
   */
  public NumpyRandom(long seed) {
    if (seed >= 0 && seed <= 0xffffffffL) {
      initGenrand((int) seed);
    } else {
      initByArray(new int[] {(int) seed, (int) (seed >>> 32)});
    }
  }

  /** A generator seeded as NumPy's {@code RandomState(words)} for an array of unsigned 32-bit words. */
  public static NumpyRandom fromWords(long... words) {
    NumpyRandom r = new NumpyRandom(0);
    int[] k = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      if (words[i] < 0 || words[i] > 0xffffffffL) {
        throw new IllegalArgumentException("seed word " + i + " must be in [0, 2^32), got " + words[i]);
      }
      k[i] = (int) words[i];
    }
    r.initByArray(k);
    return r;
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    pos = N;
  }

  private void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = UPPER;
    pos = N;
  }

  /** The state word at {@code i} (0..623) as an unsigned value; for tests against NumPy's get_state. */
  public long stateWord(int i) {
    return mt[i] & 0xffffffffL;
  }

  private void generate() {
    int kk = 0;
    for (; kk < N - M; kk++) {
      int y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      int y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    int y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    pos = 0;
  }

  /** The next 32-bit output, as an int (use {@code & 0xffffffffL} for the unsigned value). */
  public int nextInt32() {
    if (pos == N) {
      generate();
    }
    int y = mt[pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  /** NumPy's {@code random_sample()}: a double in [0, 1) with 53 random bits from two outputs. */
  public double nextDouble() {
    long a = (nextInt32() & 0xffffffffL) >>> 5;
    long b = (nextInt32() & 0xffffffffL) >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

  /** NumPy's legacy {@code random_interval(max)}: uniform in {@code [0, max]} by masked rejection. */
  public int interval(int max) {
    if (max == 0) {
      return 0;
    }
    int mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    int v;
    do {
      v = nextInt32() & mask;
    } while (v > max);
    return v;
  }

  /** In-place legacy {@code RandomState.shuffle} of a 1-d array. */
  public void shuffle(int[] a) {
    for (int i = a.length - 1; i >= 1; i--) {
      int j = interval(i);
      int t = a[j];
      a[j] = a[i];
      a[i] = t;
    }
  }

  /** {@code RandomState.permutation(n)}: a shuffled {@code 0..n-1}. */
  public int[] permutation(int n) {
    int[] a = arange(n);
    shuffle(a);
    return a;
  }

  /** {@code 0, 1, ..., n-1}. */
  public static int[] arange(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }
}
