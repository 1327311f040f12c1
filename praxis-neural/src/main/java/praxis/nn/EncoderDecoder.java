package praxis.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.data.Field;
import praxis.data.Schema;
import praxis.io.ModelFormatException;
import praxis.io.State;
import praxis.optim.Optimizer;

/**
 * Sequence-to-sequence encoder–decoder (Cho et al. 2014; Sutskever, Vinyals and Le 2014) over token sequences
 * of fixed lengths: the source tokens are embedded and read by an {@link LSTM} encoder whose last hidden state
 * is the context; the decoder LSTM reads, at each output step, the embedding of the previous output token
 * (a start token first) concatenated with the context, and a dense layer shared by all steps gives the logits
 * of the next token. Training uses teacher forcing (the previous <em>true</em> token is fed) and the
 * softmax cross-entropy summed over steps; {@link #predict} decodes greedily (the previous <em>predicted</em>
 * token is fed). Tokens are {@code 0 .. vocabulary-1}; the start token is {@code vocabulary}. Cost per
 * sample and epoch: about {@code 24 hidden (srcLen (embed + hidden) + tgtLen (embed + 2 hidden))} flops.
 *
 * <p>The recurrent cell of encoder and decoder is an {@link LSTM} by default, or a {@link GRU} or a plain
 * {@link SimpleRNN} ({@link Cell}). The model is a {@link Model}: {@link #toState()} and its {@link Codec}
 * (registered for {@code praxis.io.ModelIO}) round-trip it exactly; its input schema names the source
 * positions {@code t0 .. t(srcLen-1)}.
 *
 * <pre>{@code
 * EncoderDecoder s2s = new EncoderDecoder(10, 8, 48, 5, 5, EncoderDecoder.Cell.GRU, 1L);
 * double[] losses = s2s.fit(sources, targets, TrainingConfig.DEFAULTS.withEpochs(30).withBatchSize(32));
 * int[][] decoded = s2s.predict(sources);
 * ModelIO.save(s2s, Path.of("reverse.praxis"));
 * }</pre>
 */
public final class EncoderDecoder implements Model {
  static final String TYPE = "encoder_decoder";

  /**
   * The recurrent cell of the encoder and the decoder.
   *
   * <pre>{@code
   * EncoderDecoder.Cell c = EncoderDecoder.Cell.parse("gru");
   * }</pre>
   */
  public enum Cell {
    /** {@link praxis.nn.LSTM}. */
    LSTM,
    /** {@link praxis.nn.GRU}. */
    GRU,
    /** {@link SimpleRNN} (tanh). */
    RNN;

    /** The cell by case-insensitive name ({@code lstm}, {@code gru}, {@code rnn}). */
    public static Cell parse(String name) {
      for (Cell c : values()) {
        if (c.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
          return c;
        }
      }
      throw new IllegalArgumentException("unknown recurrent cell '" + name + "'; use one of lstm, gru, rnn");
    }

    Layer create(int dim, int hidden, int steps, boolean returnSequences) {
      return switch (this) {
        case LSTM -> new praxis.nn.LSTM(dim, hidden, steps, returnSequences, 0);
        case GRU -> new praxis.nn.GRU(dim, hidden, steps, returnSequences, 0);
        case RNN -> new SimpleRNN(dim, hidden, steps, returnSequences, 0);
      };
    }
  }

  private final int vocabulary;
  private final int embed;
  private final int hidden;
  private final int srcLen;
  private final int tgtLen;
  private final Cell cell;
  private final long seed;
  private final Embedding srcEmb;
  private final Layer encoder;
  private final Embedding tgtEmb;
  private final Layer decoder;
  private final Dense head;
  private Provenance provenance;
  private double[] lossCurve = new double[0];

  /**
   * @param vocabulary number of tokens (&gt;= 2)
   * @param embed embedding width (&gt;= 1)
   * @param hidden LSTM width (&gt;= 1)
   * @param srcLen source length (&gt;= 1)
   * @param tgtLen target length (&gt;= 1)
   * @param seed seed of the initial weights
   */
  public EncoderDecoder(int vocabulary, int embed, int hidden, int srcLen, int tgtLen, long seed) {
    this(vocabulary, embed, hidden, srcLen, tgtLen, Cell.LSTM, seed);
  }

  /**
   * @param vocabulary number of tokens (&gt;= 2)
   * @param embed embedding width (&gt;= 1)
   * @param hidden recurrent width (&gt;= 1)
   * @param srcLen source length (&gt;= 1)
   * @param tgtLen target length (&gt;= 1)
   * @param cell the recurrent cell of encoder and decoder
   * @param seed seed of the initial weights
   */
  public EncoderDecoder(int vocabulary, int embed, int hidden, int srcLen, int tgtLen, Cell cell, long seed) {
    if (cell == null) {
      throw new IllegalArgumentException("cell must not be null; use EncoderDecoder.Cell.LSTM, GRU or RNN");
    }
    if (vocabulary < 2) {
      throw new IllegalArgumentException("vocabulary must be >= 2 but was " + vocabulary);
    }
    this.vocabulary = vocabulary;
    this.embed = Dense.checkSize(embed, "embed");
    this.hidden = Dense.checkSize(hidden, "hidden");
    this.srcLen = Dense.checkSize(srcLen, "srcLen");
    this.tgtLen = Dense.checkSize(tgtLen, "tgtLen");
    this.cell = cell;
    this.seed = seed;
    srcEmb = new Embedding(vocabulary, embed, srcLen);
    encoder = cell.create(embed, hidden, srcLen, false);
    tgtEmb = new Embedding(vocabulary + 1, embed, tgtLen);
    decoder = cell.create(embed + hidden, hidden, tgtLen, true);
    head = new Dense(hidden, vocabulary);
    SplittableRandom rng = new SplittableRandom(seed);
    for (Layer l : layers()) {
      l.initialize(Init.XAVIER_UNIFORM, rng.split());
    }
    provenance = provenance(0, "untrained");
  }

  private Provenance provenance(int rows, String fingerprint) {
    java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
    p.put("vocabulary", Integer.toString(vocabulary));
    p.put("embed", Integer.toString(embed));
    p.put("hidden", Integer.toString(hidden));
    p.put("srcLen", Integer.toString(srcLen));
    p.put("tgtLen", Integer.toString(tgtLen));
    p.put("cell", cell.name().toLowerCase(java.util.Locale.ROOT));
    return new Provenance(TYPE, p, fingerprint, rows, praxis.api.Version.VERSION, seed,
        java.time.Instant.now().toString(), java.util.Map.of());
  }

  /** SHA-256 (hex) of the token sequences. */
  private static String fingerprint(int[][] sources, int[][] targets) {
    try {
      java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
      for (int[][] set : new int[][][] {sources, targets}) {
        for (int[] s : set) {
          for (int v : s) {
            md.update((byte) (v >>> 24));
            md.update((byte) (v >>> 16));
            md.update((byte) (v >>> 8));
            md.update((byte) v);
          }
        }
      }
      return java.util.HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /** The recurrent cell. */
  public Cell cell() {
    return cell;
  }

  /** The mean per-token training loss of each epoch of the last {@link #fit} (empty before). */
  public double[] lossCurve() {
    return lossCurve.clone();
  }

  @Override
  public Schema inputSchema() {
    List<Field> f = new ArrayList<>();
    for (int t = 0; t < srcLen; t++) {
      f.add(Field.numeric("t" + t));
    }
    return new Schema(f);
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    List<State> ls = new ArrayList<>();
    for (Layer l : layers()) {
      ls.add(l.toState());
    }
    return State.builder(TYPE).put("vocabulary", vocabulary).put("embed", embed).put("hidden", hidden)
        .put("srcLen", srcLen).put("tgtLen", tgtLen).put("cell", cell.name()).put("seed", seed)
        .put("lossCurve", lossCurve).put("provenance", provenance.toState()).putStates("layers", ls).build();
  }

  /**
   * Reads {@code encoder_decoder} model state.
   *
   * <pre>{@code
   * EncoderDecoder back = new EncoderDecoder.Codec().read(s2s.toState());
   * }</pre>
   */
  public static final class Codec implements ModelCodec {
    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public EncoderDecoder read(State s) {
      s.requireType(TYPE);
      Cell cell;
      try {
        cell = Cell.valueOf(s.getString("cell"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("encoder_decoder state names an unknown cell '" + s.getString("cell")
            + "'; the file is corrupt or from a newer Praxis version");
      }
      EncoderDecoder m;
      try {
        m = new EncoderDecoder(s.getInt("vocabulary"), s.getInt("embed"), s.getInt("hidden"), s.getInt("srcLen"),
            s.getInt("tgtLen"), cell, s.getLong("seed"));
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException("encoder_decoder state has an invalid configuration: " + e.getMessage());
      }
      List<State> ls = s.getStates("layers");
      List<Layer> layers = m.layers();
      if (ls.size() != layers.size()) {
        throw new ModelFormatException("encoder_decoder state holds " + ls.size() + " layers but "
            + layers.size() + " are expected");
      }
      for (int i = 0; i < ls.size(); i++) {
        State l = ls.get(i);
        Layer target = layers.get(i);
        if (!l.type().equals(target.kind()) || l.getInt("in") != target.inputSize()
            || l.getInt("out") != target.outputSize()) {
          throw new ModelFormatException("encoder_decoder layer " + i + " is '" + l.type() + "' " + l.getInt("in")
              + " -> " + l.getInt("out") + " but the configuration needs " + target);
        }
        target.readParams(l);
      }
      m.lossCurve = s.getDoubles("lossCurve");
      m.provenance = Provenance.fromState(s.getState("provenance"));
      return m;
    }
  }

  private List<Layer> layers() {
    return List.of(srcEmb, encoder, tgtEmb, decoder, head);
  }

  /** Buffers for batches of n sequences. */
  private final class Buffers {
    final int n;
    final double[] src;
    final double[] e1;
    final double[] ctx;
    final double[] decIn;
    final double[] e2;
    final double[] decX;
    final double[] hs;
    final double[] logits;
    final double[] target;
    final double[] dLogits;
    final double[] dHs;
    final double[] dDecX;
    final double[] dE2;
    final double[] dCtx;
    final double[] dE1;
    final Object[] work;

    Buffers(int n) {
      this.n = n;
      src = new double[srcLen * n];
      e1 = new double[srcLen * embed * n];
      ctx = new double[hidden * n];
      decIn = new double[tgtLen * n];
      e2 = new double[tgtLen * embed * n];
      decX = new double[tgtLen * (embed + hidden) * n];
      hs = new double[tgtLen * hidden * n];
      logits = new double[vocabulary * tgtLen * n];
      target = new double[tgtLen * n];
      dLogits = new double[logits.length];
      dHs = new double[hs.length];
      dDecX = new double[decX.length];
      dE2 = new double[e2.length];
      dCtx = new double[ctx.length];
      dE1 = new double[e1.length];
      work = new Object[] {srcEmb.newWork(n), encoder.newWork(n), tgtEmb.newWork(n), decoder.newWork(n),
          head.newWork(n * tgtLen)};
    }

    void encode() {
      srcEmb.forward(src, e1, n, work[0], Pass.INFERENCE);
      encoder.forward(e1, ctx, n, work[1], Pass.INFERENCE);
    }

    void decode() {
      tgtEmb.forward(decIn, e2, n, work[2], Pass.INFERENCE);
      int w = embed + hidden;
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < tgtLen; t++) {
          int o = (i * tgtLen + t) * w;
          System.arraycopy(e2, (i * tgtLen + t) * embed, decX, o, embed);
          System.arraycopy(ctx, i * hidden, decX, o + embed, hidden);
        }
      }
      decoder.forward(decX, hs, n, work[3], Pass.INFERENCE);
      head.forward(hs, logits, n * tgtLen, work[4], Pass.INFERENCE);
    }

    void backward() {
      head.backward(hs, logits, dLogits, dHs, n * tgtLen, work[4]);
      decoder.backward(decX, hs, dHs, dDecX, n, work[3]);
      java.util.Arrays.fill(dCtx, 0.0);
      int w = embed + hidden;
      for (int i = 0; i < n; i++) {
        for (int t = 0; t < tgtLen; t++) {
          int o = (i * tgtLen + t) * w;
          System.arraycopy(dDecX, o, dE2, (i * tgtLen + t) * embed, embed);
          for (int j = 0; j < hidden; j++) {
            dCtx[i * hidden + j] += dDecX[o + embed + j];
          }
        }
      }
      tgtEmb.backward(decIn, e2, dE2, null, n, work[2]);
      encoder.backward(e1, ctx, dCtx, dE1, n, work[1]);
      srcEmb.backward(src, e1, dE1, null, n, work[0]);
    }
  }

  private void check(int[][] seqs, int len, String what) {
    for (int i = 0; i < seqs.length; i++) {
      if (seqs[i].length != len) {
        throw new IllegalArgumentException(what + " sequence " + i + " has " + seqs[i].length + " tokens but the model "
            + "takes " + len + "; pad or cut every " + what + " sequence to " + len + " tokens");
      }
      for (int v : seqs[i]) {
        if (v < 0 || v >= vocabulary) {
          throw new IllegalArgumentException(what + " sequence " + i + " holds token " + v + " outside [0, "
              + vocabulary + "); encode tokens as 0.." + (vocabulary - 1));
        }
      }
    }
  }

  /**
   * Trains with teacher forcing, mini-batches shuffled by {@code config.seed()}, the configured optimizer,
   * learning rate and gradient clipping (its penalties, validation split and stopping rule are not used:
   * every epoch up to {@code maxEpochs} runs).
   *
   * @return the mean per-token training loss of each epoch
   * @throws IllegalStateException when the loss becomes NaN or infinite, naming the epoch
   */
  public double[] fit(int[][] sources, int[][] targets, TrainingConfig config) {
    if (sources.length != targets.length || sources.length == 0) {
      throw new IllegalArgumentException("sources (" + sources.length + ") and targets (" + targets.length
          + ") must be non-empty and of equal count");
    }
    check(sources, srcLen, "source");
    check(targets, tgtLen, "target");
    int n = sources.length;
    int batch = Math.min(config.batchSize(), n);
    List<Param> params = new ArrayList<>();
    List<Optimizer> opts = new ArrayList<>();
    for (Layer l : layers()) {
      for (Param p : l.params()) {
        params.add(p);
        Optimizer o = config.optimizer().create(config.effectiveSchedule(), config.momentum(), config.l2(),
            p.decays());
        o.init(p.size());
        opts.add(o);
      }
    }
    Buffers full = new Buffers(batch);
    Buffers tail = n % batch == 0 ? null : new Buffers(n % batch);
    int[] order = Trainer.permutation(n, new SplittableRandom(config.seed()));
    SplittableRandom shuffle = new SplittableRandom(config.seed() + 1);
    double[] losses = new double[config.maxEpochs()];
    for (int epoch = 0; epoch < config.maxEpochs(); epoch++) {
      Trainer.shuffle(order, shuffle);
      double sum = 0;
      for (int from = 0; from < n; from += batch) {
        int m = Math.min(batch, n - from);
        Buffers b = m == batch ? full : tail;
        for (int k = 0; k < m; k++) {
          int[] s = sources[order[from + k]];
          int[] y = targets[order[from + k]];
          for (int t = 0; t < srcLen; t++) {
            b.src[k * srcLen + t] = s[t];
          }
          for (int t = 0; t < tgtLen; t++) {
            b.target[k * tgtLen + t] = y[t];
            b.decIn[k * tgtLen + t] = t == 0 ? vocabulary : y[t - 1];
          }
        }
        b.encode();
        b.decode();
        double loss = Loss.SOFTMAX_CROSS_ENTROPY.compute(b.logits, vocabulary, m * tgtLen, b.target, null,
            b.dLogits);
        if (!Double.isFinite(loss)) {
          throw new IllegalStateException("encoder-decoder loss became " + loss + " at epoch " + (epoch + 1)
              + "; lower the learning rate or set clipNorm");
        }
        b.backward();
        clip(params, config.clipNorm());
        for (int i = 0; i < params.size(); i++) {
          opts.get(i).step(params.get(i).value(), params.get(i).grad());
        }
        sum += loss * m;
      }
      losses[epoch] = sum / n;
    }
    lossCurve = losses.clone();
    provenance = provenance(n, fingerprint(sources, targets));
    return losses;
  }

  private static void clip(List<Param> params, double maxNorm) {
    if (maxNorm <= 0) {
      return;
    }
    double s = 0;
    for (Param p : params) {
      for (double g : p.grad()) {
        s += g * g;
      }
    }
    double norm = Math.sqrt(s);
    if (norm > maxNorm) {
      double f = maxNorm / norm;
      for (Param p : params) {
        double[] g = p.grad();
        for (int i = 0; i < g.length; i++) {
          g[i] *= f;
        }
      }
    }
  }

  /** All parameters in a fixed order (for tests and inspection). */
  List<Param> params() {
    List<Param> out = new ArrayList<>();
    for (Layer l : layers()) {
      out.addAll(l.params());
    }
    return out;
  }

  /** The teacher-forced loss of one batch; leaves its gradients in the parameters. */
  double lossAndGradients(int[][] sources, int[][] targets) {
    int n = sources.length;
    Buffers b = new Buffers(n);
    for (int k = 0; k < n; k++) {
      for (int t = 0; t < srcLen; t++) {
        b.src[k * srcLen + t] = sources[k][t];
      }
      for (int t = 0; t < tgtLen; t++) {
        b.target[k * tgtLen + t] = targets[k][t];
        b.decIn[k * tgtLen + t] = t == 0 ? vocabulary : targets[k][t - 1];
      }
    }
    b.encode();
    b.decode();
    double loss = Loss.SOFTMAX_CROSS_ENTROPY.compute(b.logits, vocabulary, n * tgtLen, b.target, null, b.dLogits);
    b.backward();
    return loss;
  }

  /** Greedy decoding: each step feeds back the most likely token of the previous step. */
  public int[][] predict(int[][] sources) {
    check(sources, srcLen, "source");
    int n = sources.length;
    int[][] out = new int[n][tgtLen];
    if (n == 0) {
      return out;
    }
    Buffers b = new Buffers(n);
    for (int k = 0; k < n; k++) {
      for (int t = 0; t < srcLen; t++) {
        b.src[k * srcLen + t] = sources[k][t];
      }
      b.decIn[k * tgtLen] = vocabulary;
    }
    b.encode();
    for (int t = 0; t < tgtLen; t++) {
      b.decode();   // outputs at step t depend only on decoder inputs 0..t
      for (int k = 0; k < n; k++) {
        int o = (k * tgtLen + t) * vocabulary;
        int best = 0;
        for (int v = 1; v < vocabulary; v++) {
          if (b.logits[o + v] > b.logits[o + best]) {
            best = v;
          }
        }
        out[k][t] = best;
        if (t + 1 < tgtLen) {
          b.decIn[k * tgtLen + t + 1] = best;
        }
      }
    }
    return out;
  }
}
