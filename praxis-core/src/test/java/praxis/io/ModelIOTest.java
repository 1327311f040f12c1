package praxis.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.data.Field;
import praxis.data.Schema;

class ModelIOTest {
  @TempDir
  Path dir;

  private static State sample() {
    State inner = State.builder("inner").put("k", 3L).build();
    return State.builder("sample")
        .put("name", "ünïcode ✓")
        .put("n", 42L)
        .put("x", -0.0)
        .put("flag", true)
        .put("names", new String[] {"a", "b"})
        .put("v", new double[] {1.5, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE})
        .put("i", new int[] {1, -2})
        .put("l", new long[] {Long.MAX_VALUE})
        .put("m", new double[][] {{1, 2}, {3, 4}, {}})
        .put("inner", inner)
        .putStates("list", List.of(inner, inner))
        .put("schema", Persist.schema(Schema.of(Field.numeric("a"), Field.categorical("c", List.of("x", "y"), true))))
        .build();
  }

  @Test
  void roundTripIsExact() {
    State s = sample();
    State back = ModelIO.decode(ModelIO.encode(s));
    assertEquals(s, back);
    assertArrayEquals(s.getDoubles("v"), back.getDoubles("v"));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.getDouble("x")));
    assertEquals(Persist.schema(s.getState("schema")), Persist.schema(back.getState("schema")));
  }

  @Test
  void truncatedFileIsRefused() {
    byte[] b = ModelIO.encode(sample());
    for (int cut : new int[] {3, 15, b.length / 2, b.length - 1}) {
      byte[] t = java.util.Arrays.copyOf(b, cut);
      ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelIO.decode(t));
      assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("not a Praxis"), e.getMessage());
    }
  }

  @Test
  void tamperedFileIsRefused() {
    byte[] b = ModelIO.encode(sample());
    b[b.length / 2] ^= 1;
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelIO.decode(b));
    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
  }

  @Test
  void newerVersionIsRefused() {
    byte[] b = ModelIO.encode(sample());
    ByteBuffer.wrap(b).putInt(8, ModelIO.FORMAT_VERSION + 1);
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelIO.decode(b));
    assertTrue(e.getMessage().contains("upgrade Praxis"), e.getMessage());
  }

  @Test
  void notAModelFile() {
    ModelFormatException e = assertThrows(ModelFormatException.class,
        () -> ModelIO.decode("a,b\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().contains("not a Praxis model"), e.getMessage());
  }

  @Test
  void unknownModelTypeIsRefusedWithoutLoadingClasses() throws Exception {
    Path p = dir.resolve("m.praxis");
    Files.write(p, ModelIO.encode(State.builder("praxis_model").put("writtenBy", "0.1.0")
        .put("model", State.builder("java.lang.Runtime").build()).build()));
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelIO.load(p));
    assertTrue(e.getMessage().contains("not known"), e.getMessage());
  }

  @Test
  void atomicWriteLeavesNoTempFiles() throws Exception {
    Path p = dir.resolve("sub/out.bin");
    AtomicFiles.write(p, new byte[] {1, 2, 3});
    AtomicFiles.write(p, new byte[] {4});
    assertArrayEquals(new byte[] {4}, Files.readAllBytes(p));
    try (var s = Files.list(p.getParent())) {
      assertEquals(1, s.count());
    }
    assertThrows(java.io.UncheckedIOException.class, () -> AtomicFiles.write(p, out -> {
      out.write(9);
      throw new java.io.IOException("disk full");
    }));
    assertArrayEquals(new byte[] {4}, Files.readAllBytes(p), "failed write keeps the old file");
    try (var s = Files.list(p.getParent())) {
      assertEquals(1, s.count());
    }
  }
}
