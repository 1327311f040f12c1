package praxis.io;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.zip.CRC32C;
import praxis.api.Model;
import praxis.api.ModelCodec;
import praxis.api.Version;

/**
 * The Praxis model file format (version {@value #FORMAT_VERSION}): versioned, checksummed and
 * self-describing, with no Java serialization.
 *
 * <pre>
 * bytes 0..7   magic "PRXMODEL"
 * int32        format version
 * int64        payload length N
 * N bytes      payload: the model's {@link State} tree, tag-length-value encoded (UTF-8 strings,
 *              big-endian numbers)
 * int32        CRC-32C of every preceding byte
 * </pre>
 *
 * <p>A truncated, tampered or newer-version file is refused with a {@link ModelFormatException} saying
 * which. Writes are atomic: the file is written to a temporary sibling and renamed over the target.
 *
 * <pre>{@code
 * ModelIO.save(model, Path.of("iris.praxis"));
 * Model m = ModelIO.load(Path.of("iris.praxis"));
 * }</pre>
 */
public final class ModelIO {
  /** Current (and newest readable) format version. */
  public static final int FORMAT_VERSION = 1;
  private static final byte[] MAGIC = "PRXMODEL".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_DEPTH = 64;

  private ModelIO() {}

  /** Saves {@code model} atomically to {@code path}. */
  public static void save(Model model, Path path) {
    State wrapped = State.builder("praxis_model").put("writtenBy", Version.VERSION).put("model", model.toState())
        .build();
    byte[] bytes = encode(wrapped);
    AtomicFiles.write(path, bytes);
  }

  /**
   * Loads a model.
   *
   * @throws ModelFormatException if the file is not a Praxis model, is truncated, damaged, from a newer
   *     format version, or names a model type no registered codec reads
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Model load(Path path) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("model file " + path + " does not exist", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model file " + path + ": " + e.getMessage(), e);
    }
    State top;
    try {
      top = decode(bytes);
    } catch (ModelFormatException e) {
      throw new ModelFormatException(path + ": " + e.getMessage(), e);
    }
    return fromState(top.getState("model"));
  }

  /** Rebuilds a model from its state via the registered codec for its type. */
  public static Model fromState(State s) {
    ModelCodec codec = codecs().get(s.type());
    if (codec == null) {
      throw new ModelFormatException("model type '" + s.type() + "' is not known to this Praxis installation"
          + " (known: " + codecs().keySet().stream().sorted().toList()
          + "); add the module that provides it to the classpath");
    }
    return codec.read(s);
  }

  private static volatile Map<String, ModelCodec> codecs;

  /** Registered codecs by type. */
  public static Map<String, ModelCodec> codecs() {
    Map<String, ModelCodec> c = codecs;
    if (c == null) {
      Map<String, ModelCodec> m = new HashMap<>();
      for (ModelCodec codec : ServiceLoader.load(ModelCodec.class, ModelIO.class.getClassLoader())) {
        ModelCodec prev = m.put(codec.type(), codec);
        if (prev != null && prev.getClass() != codec.getClass()) {
          throw new IllegalStateException("two codecs claim model type '" + codec.type() + "': "
              + prev.getClass().getName() + " and " + codec.getClass().getName());
        }
      }
      codecs = c = Map.copyOf(m);
    }
    return c;
  }

  /** Encodes a state as a complete model file (header, payload, checksum). */
  public static byte[] encode(State s) {
    try {
      ByteArrayOutputStream payload = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(payload);
      writeState(out, s);
      out.flush();
      byte[] p = payload.toByteArray();
      ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 4 + 8 + p.length + 4);
      buf.put(MAGIC).putInt(FORMAT_VERSION).putLong(p.length).put(p);
      CRC32C crc = new CRC32C();
      crc.update(buf.array(), 0, buf.position());
      buf.putInt((int) crc.getValue());
      return buf.array();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes a complete model file, verifying magic, version, length and checksum. */
  public static State decode(byte[] bytes) {
    int header = MAGIC.length + 4 + 8;
    if (bytes.length < MAGIC.length || !java.util.Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new ModelFormatException("not a Praxis model file (the first bytes are not \"PRXMODEL\")");
    }
    if (bytes.length < header + 4) {
      throw new ModelFormatException("the model file is truncated (" + bytes.length + " bytes, header alone needs "
          + (header + 4) + "); save the model again");
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    buf.position(MAGIC.length);
    int version = buf.getInt();
    if (version > FORMAT_VERSION) {
      throw new ModelFormatException("the model file has format version " + version
          + " but this Praxis (" + Version.VERSION + ") reads versions up to " + FORMAT_VERSION
          + "; upgrade Praxis to load it");
    }
    if (version < 1) {
      throw new ModelFormatException("the model file has invalid format version " + version);
    }
    long len = buf.getLong();
    if (len < 0 || header + len + 4 != bytes.length) {
      throw new ModelFormatException("the model file is truncated or has trailing bytes (payload says " + len
          + " bytes, file has " + Math.max(0, bytes.length - header - 4) + "); save the model again");
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, (int) (header + len));
    int expected = ByteBuffer.wrap(bytes, (int) (header + len), 4).getInt();
    if ((int) crc.getValue() != expected) {
      throw new ModelFormatException("the model file is damaged or was modified (checksum mismatch)");
    }
    try {
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, header, (int) len));
      State s = readState(in, 0);
      if (in.available() != 0) {
        throw new ModelFormatException("the model payload has " + in.available() + " unread bytes");
      }
      return s;
    } catch (EOFException e) {
      throw new ModelFormatException("the model payload ends early", e);
    } catch (IOException e) {
      throw new ModelFormatException("the model payload is malformed: " + e.getMessage(), e);
    }
  }

  private static void writeState(DataOutputStream out, State s) throws IOException {
    out.writeUTF(s.type());
    Map<String, Object> raw = s.raw();
    out.writeInt(raw.size());
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      out.writeUTF(e.getKey());
      Object v = e.getValue();
      if (v instanceof String str) {
        out.writeByte(State.Kind.STRING.ordinal());
        writeString(out, str);
      } else if (v instanceof Long l) {
        out.writeByte(State.Kind.LONG.ordinal());
        out.writeLong(l);
      } else if (v instanceof Double d) {
        out.writeByte(State.Kind.DOUBLE.ordinal());
        out.writeDouble(d);
      } else if (v instanceof Boolean b) {
        out.writeByte(State.Kind.BOOL.ordinal());
        out.writeBoolean(b);
      } else if (v instanceof String[] a) {
        out.writeByte(State.Kind.STRINGS.ordinal());
        out.writeInt(a.length);
        for (String x : a) {
          writeString(out, x);
        }
      } else if (v instanceof double[] a) {
        out.writeByte(State.Kind.DOUBLES.ordinal());
        writeDoubles(out, a);
      } else if (v instanceof int[] a) {
        out.writeByte(State.Kind.INTS.ordinal());
        out.writeInt(a.length);
        for (int x : a) {
          out.writeInt(x);
        }
      } else if (v instanceof long[] a) {
        out.writeByte(State.Kind.LONGS.ordinal());
        out.writeInt(a.length);
        for (long x : a) {
          out.writeLong(x);
        }
      } else if (v instanceof double[][] m) {
        out.writeByte(State.Kind.MATRIX.ordinal());
        out.writeInt(m.length);
        for (double[] row : m) {
          writeDoubles(out, row);
        }
      } else if (v instanceof State st) {
        out.writeByte(State.Kind.STATE.ordinal());
        writeState(out, st);
      } else if (v instanceof List<?> l) {
        out.writeByte(State.Kind.STATES.ordinal());
        out.writeInt(l.size());
        for (Object o : l) {
          writeState(out, (State) o);
        }
      } else {
        throw new IllegalStateException("unsupported state value " + v.getClass());
      }
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static void writeDoubles(DataOutputStream out, double[] a) throws IOException {
    out.writeInt(a.length);
    ByteBuffer bb = ByteBuffer.allocate(a.length * 8);
    bb.asDoubleBuffer().put(a);
    out.write(bb.array());
  }

  private static int readLength(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new ModelFormatException("the model payload is corrupt (length " + n + " exceeds the remaining "
          + in.available() + " bytes)");
    }
    return n;
  }

  private static String readString(DataInputStream in) throws IOException {
    int n = readLength(in);
    byte[] b = in.readNBytes(n);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static State readState(DataInputStream in, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new ModelFormatException("the model payload nests deeper than " + MAX_DEPTH + " levels");
    }
    String type = in.readUTF();
    int n = readLength(in);
    Map<String, Object> values = new LinkedHashMap<>();
    State.Kind[] kinds = State.Kind.values();
    for (int i = 0; i < n; i++) {
      String key = in.readUTF();
      int tag = in.readUnsignedByte();
      if (tag >= kinds.length) {
        throw new ModelFormatException("unknown value tag " + tag + " for entry '" + key + "'");
      }
      Object v;
      switch (kinds[tag]) {
        case STRING -> v = readString(in);
        case LONG -> v = in.readLong();
        case DOUBLE -> v = in.readDouble();
        case BOOL -> v = in.readBoolean();
        case STRINGS -> {
          int m = readLength(in);
          String[] a = new String[m];
          for (int j = 0; j < m; j++) {
            a[j] = readString(in);
          }
          v = a;
        }
        case DOUBLES -> v = readDoubles(in);
        case INTS -> {
          int m = readLength(in);
          int[] a = new int[m];
          for (int j = 0; j < m; j++) {
            a[j] = in.readInt();
          }
          v = a;
        }
        case LONGS -> {
          int m = readLength(in);
          long[] a = new long[m];
          for (int j = 0; j < m; j++) {
            a[j] = in.readLong();
          }
          v = a;
        }
        case MATRIX -> {
          int m = readLength(in);
          double[][] a = new double[m][];
          for (int j = 0; j < m; j++) {
            a[j] = readDoubles(in);
          }
          v = a;
        }
        case STATE -> v = readState(in, depth + 1);
        case STATES -> {
          int m = readLength(in);
          List<State> a = new ArrayList<>(m);
          for (int j = 0; j < m; j++) {
            a.add(readState(in, depth + 1));
          }
          v = a;
        }
        default -> throw new ModelFormatException("unknown value tag " + tag);
      }
      if (values.put(key, v) != null) {
        throw new ModelFormatException("duplicate entry '" + key + "' in state '" + type + "'");
      }
    }
    return State.unsafeOf(type, values);
  }

  private static double[] readDoubles(DataInputStream in) throws IOException {
    int m = in.readInt();
    if (m < 0 || (long) m * 8 > in.available()) {
      throw new ModelFormatException("the model payload is corrupt (array of " + m + " doubles exceeds the remaining "
          + in.available() + " bytes)");
    }
    byte[] b = in.readNBytes(m * 8);
    double[] a = new double[m];
    ByteBuffer.wrap(b).asDoubleBuffer().get(a);
    return a;
  }

  /** Writes a complete model file for {@code s} to a stream (no atomicity). */
  public static void write(State s, OutputStream out) throws IOException {
    out.write(encode(s));
  }

  /** Reads a complete model file state from a stream. */
  public static State read(InputStream in) throws IOException {
    return decode(in.readAllBytes());
  }
}
