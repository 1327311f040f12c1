package praxis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import praxis.api.Provenance;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.Field;
import praxis.data.Frame;
import praxis.data.Schema;
import praxis.data.TextColumn;
import praxis.io.Persist;
import praxis.io.State;
import praxis.linalg.CsrMatrix;

/** Shared helpers of the text vectorizers (package-private). */
final class TextSupport {
  /** Python's string order: by Unicode code points (differs from {@link String#compareTo} only beyond the BMP). */
  static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        boolean sx = Character.isSurrogate(x);
        boolean sy = Character.isSurrogate(y);
        if (sx == sy) {
          return x - y;
        }
        return sx ? 1 : -1;
      }
    }
    return a.length() - b.length();
  };

  private TextSupport() {}

  /**
   * Index of the text column to vectorize: the one named {@code column}, or, when it is empty, the only text
   * column of {@code x}.
   */
  static int textColumn(Schema x, String column, String who) {
    if (!column.isEmpty()) {
      int j = x.indexOf(column);
      if (j < 0) {
        throw new IllegalArgumentException(who + ": column '" + column + "' (parameter column) is not in the frame; "
            + "columns: " + x.names());
      }
      if (x.fields().get(j).type() != ColumnType.TEXT) {
        throw new IllegalArgumentException(who + ": column '" + column + "' (parameter column) is "
            + x.fields().get(j).type() + " but must be TEXT; read it as text (CsvReader types) or name a text column");
      }
      return j;
    }
    int found = -1;
    List<String> texts = new ArrayList<>();
    for (int j = 0; j < x.size(); j++) {
      if (x.fields().get(j).type() == ColumnType.TEXT) {
        texts.add(x.fields().get(j).name());
        found = j;
      }
    }
    if (texts.size() != 1) {
      throw new IllegalArgumentException(who + " vectorizes one text column but the frame has " + texts.size()
          + (texts.isEmpty() ? "" : " " + texts) + "; set the parameter column to the one to use"
          + (texts.isEmpty() ? " (read it as TEXT, e.g. CsvReader types)" : ""));
    }
    return found;
  }

  /** The text column of a frame checked against the fitted schema. */
  static TextColumn input(Schema fitted, int column, Frame x, String who) {
    fitted.requireCompatible(x.schema(), who + " input");
    Column c = x.column(fitted.fields().get(column).name());
    return (TextColumn) c;
  }

  /** The numeric output schema {@code prefix + name} for every name. */
  static Schema outputSchema(List<String> names, String prefix) {
    List<Field> f = new ArrayList<>(names.size());
    for (String n : names) {
      f.add(Field.numeric(prefix + n));
    }
    return new Schema(f);
  }

  /** A frame of sparse columns holding {@code m}, named by {@code schema}. */
  static Frame frame(CsrMatrix m, Schema schema) {
    if (m.cols() == 0) {
      return Frame.empty(m.rows());
    }
    return Frame.ofCsr(m, schema.names());
  }

  /** Starts a model state with the input schema and provenance. */
  static State.Builder state(String type, Schema input, Provenance provenance) {
    return State.builder(type).put("schema", Persist.schema(input)).put("provenance", provenance.toState());
  }

  static Schema schema(State s) {
    return Persist.schema(s.getState("schema"));
  }

  static Provenance provenance(State s) {
    return Provenance.fromState(s.getState("provenance"));
  }

  /** Scales each row of {@code m} in place to unit L2 or L1 norm, as scikit-learn's {@code normalize}. */
  static void normalizeRows(CsrMatrix m, Norm norm) {
    if (norm == Norm.NONE) {
      return;
    }
    int[] ptr = m.indptr();
    double[] v = m.values();
    for (int i = 0; i < m.rows(); i++) {
      double s = 0;
      for (int k = ptr[i]; k < ptr[i + 1]; k++) {
        s += norm == Norm.L2 ? v[k] * v[k] : Math.abs(v[k]);
      }
      if (s == 0.0) {
        continue;
      }
      if (norm == Norm.L2) {
        s = Math.sqrt(s);
      }
      for (int k = ptr[i]; k < ptr[i + 1]; k++) {
        v[k] /= s;
      }
    }
  }

  /** A growable list of ints. */
  static final class Ints {
    int[] a = new int[64];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, a.length * 2);
      }
      a[size++] = v;
    }
  }

  /**
   * Builds a CSR matrix document by document from each document's term ids (with repeats): ids are sorted and
   * counted, so every stored value is the term's count in the document.
   */
  static final class CsrBuilder {
    private final int[] indptr;
    private int[] indices = new int[1024];
    private double[] values = new double[1024];
    private int rows;
    private int nnz;

    CsrBuilder(int nDocs) {
      indptr = new int[nDocs + 1];
    }

    /** Adds a document whose term ids are {@code ids[0..m)} (sorted in place); {@code binary} stores 1s. */
    void addDoc(int[] ids, int m, boolean binary) {
      Arrays.sort(ids, 0, m);
      int i = 0;
      while (i < m) {
        int id = ids[i];
        int c = 0;
        while (i < m && ids[i] == id) {
          c++;
          i++;
        }
        if (nnz == indices.length) {
          indices = Arrays.copyOf(indices, nnz * 2);
          values = Arrays.copyOf(values, nnz * 2);
        }
        indices[nnz] = id;
        values[nnz++] = binary ? 1.0 : c;
      }
      indptr[++rows] = nnz;
    }

    /** The matrix with {@code cols} columns (every document must have been added). */
    CsrMatrix build(int cols) {
      return CsrMatrix.wrap(rows, cols, indptr, Arrays.copyOf(indices, nnz), Arrays.copyOf(values, nnz));
    }
  }
}
