package praxis.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Provenance;
import praxis.api.Transformer;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.io.State;

/**
 * A fitted {@link DropMissing}: the kept columns (unchanged, in input order) and each input column's training
 * missing share.
 *
 * <pre>{@code
 * DropMissingModel m = new DropMissing().fit(x, Target.none(x.rowCount()));
 * List<String> gone = m.droppedColumns();
 * Frame kept = m.transform(x);
 * }</pre>
 */
public final class DropMissingModel implements Transformer {
  static final String TYPE = "drop_missing";
  private final Schema input;
  private final Schema output;
  private final Provenance provenance;
  private final double threshold;
  private final double[] share;
  private final List<String> kept;

  DropMissingModel(Schema input, Provenance provenance, double threshold, double[] share, List<String> kept) {
    this.input = input;
    this.provenance = provenance;
    this.threshold = threshold;
    this.share = share;
    this.kept = List.copyOf(kept);
    List<Field> f = new ArrayList<>();
    for (Field field : input.fields()) {
      if (this.kept.contains(field.name())) {
        f.add(field);
      }
    }
    this.output = new Schema(f);
  }

  /** Per input column: share of missing values in the training rows. */
  public double[] missingShare() {
    return share.clone();
  }

  /** The dropped columns, in input order. */
  public List<String> droppedColumns() {
    List<String> d = new ArrayList<>();
    for (String n : input.names()) {
      if (!kept.contains(n)) {
        d.add(n);
      }
    }
    return d;
  }

  /** "dropped 1 of 9 columns (more than 50.0% missing): insulin (48.7%)" style summary. */
  public String report() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "dropped %d of %d columns (more than %.1f%% missing)", input.size() - kept.size(), input.size(),
        100 * threshold));
    String sep = ": ";
    for (int j = 0; j < input.size(); j++) {
      if (!kept.contains(input.names().get(j))) {
        sb.append(sep).append(String.format(Locale.ROOT, "%s (%.1f%%)", input.names().get(j), 100 * share[j]));
        sep = ", ";
      }
    }
    return sb.toString();
  }

  @Override
  public Frame transform(Frame x) {
    Support.checkInput(input, x, "DropMissingModel");
    return kept.isEmpty() ? Frame.empty(x.rowCount()) : x.select(kept);
  }

  @Override
  public Schema outputSchema() {
    return output;
  }

  @Override
  public Schema inputSchema() {
    return input;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public State toState() {
    return Support.state(TYPE, input, provenance).put("threshold", threshold).put("share", share)
        .put("kept", kept).build();
  }

  /** Reads state written by {@link #toState()}. */
  public static DropMissingModel fromState(State s) {
    s.requireType(TYPE);
    Schema in = Support.schema(s);
    double[] share = s.getDoubles("share");
    Support.requireLength(s, "share", share.length, in.size());
    return new DropMissingModel(in, Support.provenance(s), s.getDouble("threshold"), share,
        List.of(s.getStrings("kept")));
  }

  /** Reads {@code drop_missing} states (registered with {@link java.util.ServiceLoader}). */
  public static final class Codec implements ModelCodec {
    /** For the service loader. */
    public Codec() {}

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public Model read(State state) {
      return fromState(state);
    }
  }
}
