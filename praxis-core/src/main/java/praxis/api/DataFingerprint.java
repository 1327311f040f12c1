package praxis.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import praxis.data.BooleanColumn;
import praxis.data.CategoricalColumn;
import praxis.data.Column;
import praxis.data.DoubleColumn;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;

/**
 * SHA-256 fingerprint of a frame's schema and content (and optionally a target), as lowercase hex. Two
 * frames with the same names, types and values (in row order) have the same fingerprint.
 *
 * <pre>{@code
 * String fp = DataFingerprint.of(x, y);
 * }</pre>
 */
public final class DataFingerprint {
  private DataFingerprint() {}

  /** Fingerprint of {@code x} and {@code y} ({@code y} may be null). */
  public static String of(Frame x, Target y) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
    ByteBuffer buf = ByteBuffer.allocate(8);
    for (Column c : x.columns()) {
      md.update(c.field().toString().getBytes(StandardCharsets.UTF_8));
      if (c instanceof DoubleColumn sd && sd.isSparse()) {
        // Sparse columns hash their non-zeros (row, value): O(nnz), not O(rows).
        int[] r = sd.nonZeroRows();
        double[] v = sd.nonZeroValues();
        for (int k = 0; k < r.length; k++) {
          buf.clear();
          buf.putLong(((long) r[k] << 32) ^ Double.doubleToLongBits(v[k]));
          md.update(buf.array(), 0, 8);
        }
        continue;
      }
      for (int i = 0; i < c.size(); i++) {
        buf.clear();
        if (c instanceof DoubleColumn d) {
          buf.putLong(Double.doubleToLongBits(d.get(i)));
        } else if (c instanceof CategoricalColumn cc) {
          String v = cc.get(i);
          buf.putLong(v == null ? -1 : v.hashCode());
        } else if (c instanceof BooleanColumn b) {
          buf.putLong(b.getByte(i));
        } else {
          String v = ((TextColumn) c).get(i);
          buf.putLong(v == null ? -1 : v.hashCode());
        }
        md.update(buf.array(), 0, 8);
      }
    }
    if (y != null) {
      md.update(y.kind().name().getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < y.size(); i++) {
        buf.clear();
        if (y.kind() == Target.Kind.CLASSES) {
          buf.putLong(y.classList().get(y.code(i)).hashCode());
        } else if (y.kind() == Target.Kind.VALUES) {
          buf.putLong(Double.doubleToLongBits(y.value(i)));
        }
        md.update(buf.array(), 0, 8);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
