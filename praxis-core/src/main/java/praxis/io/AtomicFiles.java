package praxis.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic file output: write to a temporary file in the target's directory, then rename it over the
 * target, so a crash never leaves a half-written file.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out.csv"), bytes);
 * AtomicFiles.write(Path.of("out.csv"), out -> writer.write(frame, out));
 * }</pre>
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes to a stream. */
  @FunctionalInterface
  public interface Writer {
    /** Writes the content. */
    void write(OutputStream out) throws IOException;
  }

  /**
   * Temporary files are created owner-only (0600); the result should have the target's existing
   * permissions, or rw-r--r-- for a new file, like a file written directly. No-op on non-POSIX systems.
   */
  private static void keepUsualPermissions(Path tmp, Path target) throws IOException {
    if (!Files.getFileStore(tmp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      return;
    }
    java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(tmp, perms);
  }

  /** Writes {@code bytes} to {@code target} atomically. */
  public static void write(Path target, byte[] bytes) {
    write(target, out -> out.write(bytes));
  }

  /** Writes the output of {@code writer} to {@code target} atomically. */
  public static void write(Path target, Writer writer) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = null;
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
      keepUsualPermissions(tmp, abs);
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        writer.write(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort clean-up of the temporary file
        }
      }
    }
  }
}
