package praxis.hmm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Version;
import praxis.data.Field;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.Persist;
import praxis.io.State;

/**
 * A hidden Markov model with categorical emissions over the symbols {@code 0 .. nSymbols-1}:
 * {@code B[k][s] = P(symbol s | state k)}. Sequences are {@code int[]} of symbol codes. Built from given
 * parameters with {@link #of} or fitted by {@link CategoricalHMM}.
 *
 * <pre>{@code
 * CategoricalHMMModel m = CategoricalHMMModel.of(new double[] {0.5, 0.5},
 *     new double[][] {{0.7, 0.3}, {0.3, 0.7}}, new double[][] {{0.1, 0.9}, {0.8, 0.2}});
 * double p = Math.exp(m.logLikelihood(new int[] {1, 1}));   // 0.3515
 * CategoricalHMMModel.Sample s = m.sample(100, 7L);
 * }</pre>
 */
public final class CategoricalHMMModel extends HMMModel<int[]> {
  static final String TYPE = "hmm_categorical";

  /**
   * A sampled sequence.
   *
   * <pre>{@code
   * int[] symbols = model.sample(50, 1L).symbols();
   * }</pre>
   *
   * @param states hidden states
   * @param symbols emitted symbols
   */
  public record Sample(int[] states, int[] symbols) {}

  private final int m;
  private final double[] emit; // k x m row-major
  private final double[] logEmit;

  CategoricalHMMModel(double[] start, double[] trans, double[] emit, int k, int m, Provenance provenance,
      double[] history) {
    super(start, trans, k, Schema.of(Field.numeric("symbol")), provenance, history);
    this.m = m;
    this.emit = emit;
    this.logEmit = new double[emit.length];
    for (int i = 0; i < emit.length; i++) {
      logEmit[i] = Math.log(emit[i]);
    }
  }

  static Provenance handMade(String name, int k) {
    return new Provenance(name, Map.of("nStates", Integer.toString(k)), "", 0, Version.VERSION, 0L,
        java.time.Instant.now().toString(), Map.of());
  }

  /**
   * A model from given parameters.
   *
   * @param start start probabilities (K, sum 1)
   * @param transitions K x K rows summing to 1
   * @param emissions K x M rows summing to 1 ({@code [state][symbol]})
   * @throws IllegalArgumentException on wrong shapes or non-distributions
   */
  public static CategoricalHMMModel of(double[] start, double[][] transitions, double[][] emissions) {
    double[] s = checkStart(start);
    int k = s.length;
    double[] a = checkTransitions(transitions, k);
    if (emissions == null || emissions.length != k || emissions[0].length == 0) {
      throw new IllegalArgumentException("emission matrix must have " + k + " rows (one per state) and at least 1"
          + " symbol column");
    }
    int m = emissions[0].length;
    for (int i = 0; i < k; i++) {
      if (emissions[i].length != m) {
        throw new IllegalArgumentException("emission matrix row " + i + " has " + emissions[i].length
            + " entries; row 0 has " + m);
      }
      checkDistribution(emissions[i], "emission matrix row " + i);
    }
    return new CategoricalHMMModel(s, a, flatten(emissions), k, m, handMade("categorical_hmm", k), new double[0]);
  }

  /** Alphabet size M. */
  public int nSymbols() {
    return m;
  }

  /** Emission probabilities {@code [state][symbol]} (a copy). */
  public double[][] emissionMatrix() {
    return unflatten(emit, k, m);
  }

  @Override
  int length(int[] seq) {
    return seq.length;
  }

  @Override
  void check(int[] seq, String what) {
    if (seq == null || seq.length == 0) {
      throw new IllegalArgumentException(what + " is empty; sequences need at least 1 observation");
    }
    for (int t = 0; t < seq.length; t++) {
      if (seq[t] < 0 || seq[t] >= m) {
        throw new IllegalArgumentException(what + ", step " + t + ": symbol " + seq[t] + " is outside the alphabet"
            + " 0.." + (m - 1) + " of this model (nSymbols = " + m + "); recode the symbols or fit with a larger"
            + " nSymbols");
      }
    }
  }

  @Override
  void logEmissions(int[] seq, double[] out) {
    for (int t = 0; t < seq.length; t++) {
      for (int s = 0; s < k; s++) {
        out[t * k + s] = logEmit[s * m + seq[t]];
      }
    }
  }

  @Override
  public CategoricalHMMModel baumWelchStep(List<int[]> seqs) {
    checkAll(seqs);
    return step(seqs, provenance, history).model();
  }

  /** One EM step's result: the new model and the log-likelihood of the data under the old one. */
  record Step(CategoricalHMMModel model, double logLik) {}

  Step step(List<int[]> seqs, Provenance prov, double[] hist) {
    double[] sa = new double[k];
    double[] ta = new double[k * k];
    double[] ea = new double[k * m];
    double ll = 0;
    for (int i = 0; i < seqs.size(); i++) {
      int[] seq = seqs.get(i);
      Pass p = accumulate(seq, sa, ta, "sequence " + i);
      ll += p.logLik;
      for (int t = 0; t < seq.length; t++) {
        for (int s = 0; s < k; s++) {
          ea[s * m + seq[t]] += p.gamma[t * k + s];
        }
      }
    }
    double[][] st = newStartAndTransitions(sa, ta);
    double[] ne = new double[k * m];
    for (int s = 0; s < k; s++) {
      double r = 0;
      for (int j = 0; j < m; j++) {
        r += ea[s * m + j];
      }
      for (int j = 0; j < m; j++) {
        ne[s * m + j] = r > 0 ? ea[s * m + j] / r : emit[s * m + j];
      }
    }
    return new Step(new CategoricalHMMModel(st[0], st[1], ne, k, m, prov, hist), ll);
  }

  CategoricalHMMModel withHistory(Provenance prov, double[] hist) {
    return new CategoricalHMMModel(start, trans, emit, k, m, prov, hist);
  }

  /** A sequence of {@code length} steps drawn with {@code SplittableRandom(seed)}. */
  public Sample sample(int length, long seed) {
    if (length < 1) {
      throw new IllegalArgumentException("sample length must be >= 1, got " + length);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    int[] st = new int[length];
    int[] sy = new int[length];
    int s = draw(start, 0, k, rng);
    for (int t = 0; t < length; t++) {
      if (t > 0) {
        s = draw(trans, s * k, k, rng);
      }
      st[t] = s;
      sy[t] = draw(emit, s * m, m, rng);
    }
    return new Sample(st, sy);
  }

  @Override
  public State toState() {
    return State.builder(TYPE).put("schema", Persist.schema(schema)).put("provenance", provenance.toState())
        .put("start", start).put("transitions", transitionMatrix()).put("emissions", emissionMatrix())
        .put("history", history).build();
  }

  /**
   * Reads {@code hmm_categorical} model state.
   *
   * <pre>{@code
   * CategoricalHMMModel m = (CategoricalHMMModel) ModelIO.load(Path.of("hmm.praxis"));
   * }</pre>
   */
  public static final class Codec implements ModelCodec {
    /** For the service loader. */
    public Codec() {}

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public CategoricalHMMModel read(State s) {
      s.requireType(TYPE);
      try {
        CategoricalHMMModel b = of(s.getDoubles("start"), s.getMatrix("transitions"), s.getMatrix("emissions"));
        return new CategoricalHMMModel(b.start, b.trans, b.emit, b.k, b.m,
            Provenance.fromState(s.getState("provenance")), s.getDoubles("history"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("inconsistent 'hmm_categorical' model state: " + e.getMessage());
      }
    }
  }

  static List<int[]> copy(List<int[]> seqs) {
    List<int[]> out = new ArrayList<>(seqs.size());
    for (int[] s : seqs) {
      out.add(s == null ? null : s.clone());
    }
    return out;
  }
}
