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
    // Values go through an 8 KiB buffer (flushed before any other update), so the digest sees exactly the byte
    // stream of one 8-byte update per value, with far fewer calls.
    ByteBuffer buf = ByteBuffer.allocate(8192);
    long last = 0; // the last 8 bytes written: what the one-value buffer held (a target without values repeats it)
    for (Column c : x.columns()) {
      flush(md, buf);
      md.update(c.field().toString().getBytes(StandardCharsets.UTF_8));
      if (c instanceof DoubleColumn sd && sd.isSparse()) {
        // Sparse columns hash their non-zeros (row, value): O(nnz), not O(rows).
        int[] r = sd.nonZeroRows();
        double[] v = sd.nonZeroValues();
        for (int k = 0; k < r.length; k++) {
          last = ((long) r[k] << 32) ^ Double.doubleToLongBits(v[k]);
          put(md, buf, last);
        }
        continue;
      }
      for (int i = 0; i < c.size(); i++) {
        long bits;
        if (c instanceof DoubleColumn d) {
          bits = Double.doubleToLongBits(d.get(i));
        } else if (c instanceof CategoricalColumn cc) {
          String v = cc.get(i);
          bits = v == null ? -1 : v.hashCode();
        } else if (c instanceof BooleanColumn b) {
          bits = b.getByte(i);
        } else {
          String v = ((TextColumn) c).get(i);
          bits = v == null ? -1 : v.hashCode();
        }
        last = bits;
        put(md, buf, bits);
      }
    }
    flush(md, buf);
    if (y != null) {
      md.update(y.kind().name().getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < y.size(); i++) {
        long bits = last;
        if (y.kind() == Target.Kind.CLASSES) {
          bits = y.classList().get(y.code(i)).hashCode();
        } else if (y.kind() == Target.Kind.VALUES) {
          bits = Double.doubleToLongBits(y.value(i));
        }
        put(md, buf, bits);
      }
      flush(md, buf);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static void put(MessageDigest md, ByteBuffer buf, long bits) {
    if (buf.remaining() < 8) {
      flush(md, buf);
    }
    buf.putLong(bits);
  }

  private static void flush(MessageDigest md, ByteBuffer buf) {
    if (buf.position() > 0) {
      md.update(buf.array(), 0, buf.position());
      buf.clear();
    }
  }
}
