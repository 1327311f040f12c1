package praxis.nn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import praxis.api.Check;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.io.ModelFormatException;
import praxis.io.ModelIO;
import praxis.io.State;

/**
 * A feed-forward stack of {@link Layer}s with reverse-mode differentiation: the forward pass keeps each
 * layer's input, the backward pass runs the layers in reverse, each turning the gradient of its output into
 * the gradients of its parameters and its input. Train it with {@link Trainer}; wrap it in
 * {@link MLPClassifier}/{@link MLPRegressor} for the estimator API.
 *
 * <p>Inference ({@link #forward}) is thread-safe as long as no training runs on the same network: scratch
 * buffers are allocated per call. Transfer learning: {@link #save}/{@link #load}, {@link #freeze},
 * {@link #withoutLast} and {@link #append} (a new output head).
 *
 * <p>Precision: {@link Precision#FLOAT64} by default; {@link Builder#precision} or {@link #withPrecision}
 * give a {@link Precision#FLOAT32} network, whose parameters are float-representable, whose layers run on
 * float arrays with single-precision GEMMs, and which {@link Trainer} trains in float32 ({@link #forward}
 * still takes and returns doubles: inputs are rounded to float, outputs widened). Networks with recurrent
 * layers are float64 only.
 *
 * <pre>{@code
 * Network net = Network.builder(64).dense(128).relu().dropout(0.2).dense(10).build(42L);
 * History h = new Trainer(TrainingConfig.DEFAULTS).fit(net, x, n, codes, Loss.SOFTMAX_CROSS_ENTROPY);
 * double[] logits = net.forward(x, n);     // 10 × n, feature-major
 * }</pre>
 */
public final class Network {
  static final String TYPE = "network";
  private static final int BLOCK = 1024;
  private final int inputSize;
  private final List<Layer> layers;
  private final Precision precision;

  private Network(int inputSize, List<Layer> layers) {
    this(inputSize, layers, Precision.FLOAT64);
  }

  /** For FLOAT32, checks the layers and rounds their parameters to float (allocating the float copies). */
  private Network(int inputSize, List<Layer> layers, Precision precision) {
    this.inputSize = Dense.checkSize(inputSize, "inputSize");
    checkChain(inputSize, layers, "network");
    if (precision == null) {
      throw new IllegalArgumentException("precision must not be null; use Precision.FLOAT64");
    }
    this.layers = List.copyOf(layers);
    this.precision = precision;
    if (precision == Precision.FLOAT32) {
      Precision.requireFloat32(this.layers, "network");
      roundFloat32();
    }
  }

  /**
   * A network of the given layers (kept as they are: not re-initialized).
   *
   * @throws IllegalArgumentException for an empty layer list or widths that do not chain
   */
  public static Network of(int inputSize, Layer... layers) {
    return new Network(inputSize, List.of(layers));
  }

  /** A network of the given layers (kept as they are). */
  public static Network of(int inputSize, List<Layer> layers) {
    return new Network(inputSize, layers);
  }

  /** A builder for a stack on inputs of width {@code inputSize}. */
  public static Builder builder(int inputSize) {
    return new Builder(inputSize);
  }

  /**
   * The rows of a numeric frame as the batch layout {@link Trainer} and {@link #predict} take: sample after
   * sample, {@code x[i * p + j]} for row i, column j.
   *
   * <pre>{@code
   * double[] batch = Network.samples(xTrain);   // xTrain: numeric, finite
   * }</pre>
   *
   * @throws IllegalArgumentException for an empty frame, a non-numeric column or a NaN / infinite cell (named)
   */
  public static double[] samples(Frame x) {
    Check.notNull(x, "x");
    return NnSupport.fitRows(x, null, "Network.samples");
  }

  /**
   * A target as the training labels of {@link Trainer}: class codes ({@code 0..k-1}, as doubles) for classes,
   * the values for a regression target.
   *
   * <pre>{@code
   * double[] y = Network.labels(target);   // for Loss.SOFTMAX_CROSS_ENTROPY: the class codes
   * }</pre>
   */
  public static double[] labels(Target y) {
    Check.notNull(y, "y");
    if (y.kind() == Target.Kind.NONE) {
      throw new IllegalArgumentException("Network.labels: target '" + y.name() + "' is empty (unsupervised);"
          + " pass class labels or values");
    }
    if (y.kind() == Target.Kind.VALUES) {
      return y.values();
    }
    int[] c = y.codes();
    double[] out = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      out[i] = c[i];
    }
    return out;
  }

  static void checkChain(int inputSize, List<Layer> layers, String what) {
    if (layers == null || layers.isEmpty()) {
      throw new IllegalArgumentException(what + " has no layers; add at least one, e.g. dense(1)");
    }
    int w = inputSize;
    for (int i = 0; i < layers.size(); i++) {
      Layer l = layers.get(i);
      if (l.inputSize() != w) {
        throw new IllegalArgumentException(what + ": layer " + i + " (" + l + ") expects width " + l.inputSize()
            + " but receives width " + w + "; make its input width " + w);
      }
      w = l.outputSize();
    }
  }

  /** Input width. */
  public int inputSize() {
    return inputSize;
  }

  /** Output width. */
  public int outputSize() {
    return layers.get(layers.size() - 1).outputSize();
  }

  /** The layers (the list is unmodifiable; the layers are live). */
  public List<Layer> layers() {
    return layers;
  }

  /** The precision the network trains and runs in. */
  public Precision precision() {
    return precision;
  }

  /**
   * A deep copy in precision {@code p}; to FLOAT32 the parameters are rounded to float.
   *
   * @throws IllegalArgumentException for FLOAT32 when a layer (named) has no float32 path
   */
  public Network withPrecision(Precision p) {
    return new Network(inputSize, copy().layers, p);
  }

  /** Rounds every parameter to float and refreshes the float copies (FLOAT32 networks). */
  void roundFloat32() {
    for (Layer l : layers) {
      for (Param p : l.params()) {
        p.roundToFloat32();
      }
    }
  }

  /** Refreshes the float copies from the parameter values (FLOAT32 networks; no-op for FLOAT64). */
  void syncFloat32() {
    if (precision == Precision.FLOAT32) {
      for (Layer l : layers) {
        for (Param p : l.params()) {
          p.syncFloat32();
        }
      }
    }
  }

  /** Number of trainable parameter values. */
  public int parameterCount() {
    int c = 0;
    for (Layer l : layers) {
      for (Param p : l.params()) {
        c += p.trainable() ? p.size() : 0;
      }
    }
    return c;
  }

  /**
   * Inference on {@code n} samples given feature-major ({@code x[i * inputSize() + j]} is feature j of
   * sample i): returns the {@code outputSize() × n} outputs in the same layout. Dropout is off and batch
   * normalization uses its running statistics. A FLOAT32 network rounds the inputs to float, runs in
   * float32 (after refreshing its float parameter copies from {@link Param#value()}) and widens the outputs.
   *
   * @throws IllegalArgumentException when {@code x} does not hold {@code inputSize() · n} values
   */
  public double[] forward(double[] x, int n) {
    if (x.length != (long) inputSize * n) {
      throw new IllegalArgumentException("network input has " + x.length + " values but " + n + " samples of width "
          + inputSize + " need " + (long) inputSize * n + "; pass " + inputSize + " features per sample");
    }
    int k = outputSize();
    double[] out = new double[k * n];
    syncFloat32();
    Tape t = null;
    for (int from = 0; from < n; from += BLOCK) {
      int m = Math.min(BLOCK, n - from);
      if (t == null || t.n != m) {
        t = new Tape(inputSize, layers, m, precision, true);
      }
      System.arraycopy(x, from * inputSize, t.act[0], 0, m * inputSize);
      Tape.forward(layers, t, Pass.INFERENCE);
      System.arraycopy(t.act[layers.size()], 0, out, from * k, m * k);
    }
    return out;
  }

  /** Inference on row-major samples ({@code rows[i]} is sample i): {@code [sample][output]}. */
  public double[][] predict(double[][] rows) {
    int n = rows.length;
    double[] x = new double[n * inputSize];
    for (int i = 0; i < n; i++) {
      if (rows[i].length != inputSize) {
        throw new IllegalArgumentException("sample " + i + " has " + rows[i].length + " features but the network"
            + " takes " + inputSize + "; pass rows of width " + inputSize);
      }
      System.arraycopy(rows[i], 0, x, i * inputSize, inputSize);
    }
    double[] o = forward(x, n);
    int k = outputSize();
    double[][] out = new double[n][k];
    for (int i = 0; i < n; i++) {
      System.arraycopy(o, i * k, out[i], 0, k);
    }
    return out;
  }

  /** Re-draws every layer's parameters with {@code init} from {@code seed}. */
  public Network initialize(Init init, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    for (Layer l : layers) {
      l.initialize(init, rng.split());
    }
    if (precision == Precision.FLOAT32) {
      roundFloat32();
    }
    return this;
  }

  /** Re-draws the parameters of layer {@code index} with {@code init} from {@code seed} (e.g. a new head). */
  public Network initializeLayer(int index, Init init, long seed) {
    if (index < 0 || index >= layers.size()) {
      throw new IllegalArgumentException("layer index " + index + " is out of range [0, " + layers.size() + ")");
    }
    layers.get(index).initialize(init, new SplittableRandom(seed));
    if (precision == Precision.FLOAT32) {
      roundFloat32();
    }
    return this;
  }

  /** A deep copy (parameters and frozen flags). */
  public Network copy() {
    List<Layer> c = new ArrayList<>();
    for (Layer l : layers) {
      c.add(l.copy());
    }
    return new Network(inputSize, c, precision);
  }

  /**
   * Freezes the layers at the given indices (their parameters stay fixed in training); returns this.
   *
   * @throws IllegalArgumentException for an index out of range
   */
  public Network freeze(int... indices) {
    for (int i : indices) {
      if (i < 0 || i >= layers.size()) {
        throw new IllegalArgumentException("layer index " + i + " is out of range [0, " + layers.size() + ")");
      }
      layers.get(i).setFrozen(true);
    }
    return this;
  }

  /** Freezes the first {@code count} layers; returns this. */
  public Network freezeFirst(int count) {
    for (int i = 0; i < count; i++) {
      freeze(i);
    }
    return this;
  }

  /** A copy without the last {@code count} layers (e.g. to remove the output head). */
  public Network withoutLast(int count) {
    if (count < 0 || count >= layers.size()) {
      throw new IllegalArgumentException("withoutLast(" + count + ") must keep at least one of the " + layers.size()
          + " layers; pass a count in [0, " + (layers.size() - 1) + "]");
    }
    Network c = copy();
    return new Network(inputSize, c.layers.subList(0, layers.size() - count), precision);
  }

  /**
   * A copy with {@code more} layers appended (e.g. a new output head), in this network's precision (for
   * FLOAT32 the new layers' parameters are rounded to float).
   */
  public Network append(Layer... more) {
    List<Layer> c = new ArrayList<>(copy().layers);
    c.addAll(List.of(more));
    return new Network(inputSize, c, precision);
  }

  /**
   * The persistent state (layer configurations, parameters and frozen flags; for FLOAT32 the precision,
   * whose float-representable values the stored doubles hold exactly).
   */
  public State toState() {
    List<State> s = new ArrayList<>();
    for (Layer l : layers) {
      s.add(l.toState());
    }
    State.Builder b = State.builder(TYPE).put("inputSize", inputSize).putStates("layers", s);
    if (precision == Precision.FLOAT32) {
      b.put("precision", precision.name());
    }
    return b.build();
  }

  /**
   * Reads a state written by {@link #toState()}.
   *
   * @throws ModelFormatException for an unknown layer kind or inconsistent shapes
   */
  public static Network fromState(State s) {
    s.requireType(TYPE);
    List<Layer> ls = new ArrayList<>();
    for (State l : s.getStates("layers")) {
      ls.add(readLayer(l));
    }
    try {
      Precision p = s.has("precision") ? Precision.parse(s.getString("precision")) : Precision.FLOAT64;
      return new Network(s.getInt("inputSize"), ls, p);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException("inconsistent network state: " + e.getMessage(), e);
    }
  }

  static Layer readLayer(State s) {
    int in = s.getInt("in");
    int out = s.getInt("out");
    Layer l = switch (s.type()) {
      case "dense" -> new Dense(in, out);
      case "activation" -> new Activation(Activation.Fn.valueOf(s.getString("fn")), in, s.getDouble("alpha"));
      case "dropout" -> new Dropout(in, s.getDouble("rate"));
      case "batch_norm" -> new BatchNorm(in, s.getDouble("momentum"), s.getDouble("eps"));
      case "layer_norm" -> new LayerNorm(in, s.getDouble("eps"));
      case "embedding" -> new Embedding(s.getInt("vocabulary"), s.getInt("dim"), s.getInt("tokens"));
      case "lstm" -> new LSTM(s.getInt("dim"), s.getInt("hidden"), s.getInt("steps"), s.getBoolean("returnSequences"),
          s.getInt("truncation"));
      case "gru" -> new GRU(s.getInt("dim"), s.getInt("hidden"), s.getInt("steps"), s.getBoolean("returnSequences"),
          s.getInt("truncation"));
      case "rnn" -> new SimpleRNN(s.getInt("dim"), s.getInt("hidden"), s.getInt("steps"),
          s.getBoolean("returnSequences"), s.getInt("truncation"));
      case "time_distributed" -> {
        List<State> inner = s.getStates("inner");
        if (inner.size() != 1) {
          throw new ModelFormatException("time_distributed layer state holds " + inner.size()
              + " inner layers but exactly 1 is expected");
        }
        yield new TimeDistributed(readLayer(inner.get(0)), s.getInt("steps"));
      }
      case "residual" -> {
        List<Layer> inner = new ArrayList<>();
        for (State c : s.getStates("inner")) {
          inner.add(readLayer(c));
        }
        yield new Residual(inner);
      }
      default -> throw new ModelFormatException("unknown layer kind '" + s.type() + "' in a network state; it was"
          + " written by a newer Praxis version or is corrupt");
    };
    if (l.inputSize() != in || l.outputSize() != out) {
      throw new ModelFormatException("layer '" + s.type() + "' state says " + in + " -> " + out + " but its"
          + " configuration gives " + l.inputSize() + " -> " + l.outputSize());
    }
    l.readParams(s);
    return l;
  }

  /** Writes the network to {@code path} in the Praxis model file format. */
  public void save(Path path) {
    try {
      Files.write(path, ModelIO.encode(toState()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write network to " + path + ": " + e.getMessage(), e);
    }
  }

  /** Reads a network written by {@link #save}. */
  public static Network load(Path path) {
    try {
      return fromState(ModelIO.decode(Files.readAllBytes(path)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read network from " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Network" + layers;
  }

  /**
   * Fluent construction of a stack: each method appends a layer whose input width is the current width.
   *
   * <pre>{@code
   * Network net = Network.builder(10).init(Init.XAVIER_UNIFORM).dense(16).tanh().dense(1).build(0L);
   * }</pre>
   */
  public static final class Builder {
    private final int inputSize;
    private final List<Layer> layers = new ArrayList<>();
    private final List<Init> inits = new ArrayList<>();
    private Init init = Init.HE_NORMAL;
    private Precision precision = Precision.FLOAT64;
    private int width;

    Builder(int inputSize) {
      this.inputSize = Dense.checkSize(inputSize, "inputSize");
      this.width = inputSize;
    }

    /** Initializer of the layers added after this call (default He normal). */
    public Builder init(Init i) {
      if (i == null) {
        throw new IllegalArgumentException("init must not be null; use Init.HE_NORMAL");
      }
      this.init = i;
      return this;
    }

    /** Precision of the network built (default {@link Precision#FLOAT64}). */
    public Builder precision(Precision p) {
      if (p == null) {
        throw new IllegalArgumentException("precision must not be null; use Precision.FLOAT64");
      }
      this.precision = p;
      return this;
    }

    /** The current width (output width of the last layer added). */
    public int width() {
      return width;
    }

    /** Number of layers added so far. */
    public int layerCount() {
      return layers.size();
    }

    /** Appends any layer (its input width must equal {@link #width()}). */
    public Builder add(Layer l) {
      if (l.inputSize() != width) {
        throw new IllegalArgumentException("layer " + l + " expects width " + l.inputSize() + " but the stack is "
            + width + " wide at this point; make its input width " + width);
      }
      layers.add(l);
      inits.add(init);
      width = l.outputSize();
      return this;
    }

    /** A dense layer with {@code units} outputs. */
    public Builder dense(int units) {
      return add(new Dense(width, units));
    }

    /** An activation layer. */
    public Builder activation(Activation.Fn fn) {
      return add(Activation.of(fn, width));
    }

    /** ReLU. */
    public Builder relu() {
      return activation(Activation.Fn.RELU);
    }

    /** Leaky ReLU with slope 0.01. */
    public Builder leakyRelu() {
      return activation(Activation.Fn.LEAKY_RELU);
    }

    /** ELU with alpha 1. */
    public Builder elu() {
      return activation(Activation.Fn.ELU);
    }

    /** GELU. */
    public Builder gelu() {
      return activation(Activation.Fn.GELU);
    }

    /** Sigmoid. */
    public Builder sigmoid() {
      return activation(Activation.Fn.SIGMOID);
    }

    /** Tanh. */
    public Builder tanh() {
      return activation(Activation.Fn.TANH);
    }

    /** Softmax over each sample. */
    public Builder softmax() {
      return activation(Activation.Fn.SOFTMAX);
    }

    /** Inverted dropout. */
    public Builder dropout(double rate) {
      return add(new Dropout(width, rate));
    }

    /** Batch normalization. */
    public Builder batchNorm() {
      return add(new BatchNorm(width));
    }

    /** Layer normalization. */
    public Builder layerNorm() {
      return add(new LayerNorm(width));
    }

    /** A residual block {@code x + f(x)} with {@code f} = dense(width), activation, dense(width). */
    public Builder residual(Activation.Fn fn) {
      return add(new Residual(List.of(new Dense(width, width), Activation.of(fn, width), new Dense(width, width))));
    }

    /**
     * The network with every layer initialized (by the initializer in force when it was added) from
     * generators split off {@code SplittableRandom(seed)} in layer order, in the builder's
     * {@link #precision} (FLOAT32: the drawn parameters rounded to float).
     *
     * @throws IllegalArgumentException when no layer was added, or for FLOAT32 when a layer (named) has no
     *     float32 path
     */
    public Network build(long seed) {
      Network net = new Network(inputSize, layers).copy();
      SplittableRandom rng = new SplittableRandom(seed);
      for (int i = 0; i < layers.size(); i++) {
        net.layers.get(i).initialize(inits.get(i), rng.split());
      }
      return precision == Precision.FLOAT64 ? net : new Network(inputSize, net.layers, precision);
    }
  }
}
