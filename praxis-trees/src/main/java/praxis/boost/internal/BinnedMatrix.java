package praxis.boost.internal;

/**
 * Binned features: one byte per value, column-major ({@code codes[j * n + i]}, read as unsigned), the
 * missing-value bin of feature {@code j} being {@code mapper.bins(j)}.
 *
 * <pre>{@code
 * BinnedMatrix m = mapper.transform(columns);
 * int bin = m.code(i, j);
 * }</pre>
 */
public final class BinnedMatrix {
  final byte[] codes;
  final int n;
  final int p;
  final BinMapper mapper;

  BinnedMatrix(byte[] codes, int n, int p, BinMapper mapper) {
    this.codes = codes;
    this.n = n;
    this.p = p;
    this.mapper = mapper;
  }

  /** Rows. */
  public int rows() {
    return n;
  }

  /** Bin of row {@code i}, feature {@code j}. */
  public int code(int i, int j) {
    return codes[j * n + i] & 0xFF;
  }

  /** Bytes held by the codes (exactly one per value). */
  public long bytes() {
    return codes.length;
  }
}
