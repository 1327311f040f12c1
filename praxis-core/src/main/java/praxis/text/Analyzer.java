package praxis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * scikit-learn's word analyzer: lower-case (optional), tokens by the pattern {@code (?u)\b\w\w+\b} (maximal
 * runs of at least two word characters), stop words removed, then word n-grams joined by one space.
 *
 * <p>A word character is, as in Python's {@code re} module, a letter (Unicode categories Lu, Ll, Lt, Lm, Lo), a
 * number (Nd, Nl, No) or the underscore; lengths count code points.
 */
final class Analyzer {
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_WORD[c] = c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }

  private final boolean lowercase;
  private final Set<String> stopWords;
  private final TermTable stopTable;
  private final int minN;
  private final int maxN;

  /** Receives one term as the character range {@code buf[from..to)} with its String-compatible hash. */
  interface TermSink {
    void accept(char[] buf, int from, int to, int hash);
  }

  Analyzer(boolean lowercase, StopWords stopWords, int minN, int maxN) {
    this.lowercase = lowercase;
    this.stopWords = stopWords.words();
    this.stopTable = this.stopWords.isEmpty() ? null : TermTable.of(this.stopWords);
    this.minN = minN;
    this.maxN = maxN;
  }

  /** Per-thread scratch space of {@link #analyze(String, Scratch, TermSink)}. */
  static final class Scratch {
    char[] gram = new char[256];
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] hashes = new int[64];
  }

  /**
   * The same terms as {@link #analyze(String, Consumer)}, passed as character ranges without allocating a String
   * per term (the text vectorizers' fast path); null is an empty document.
   */
  void analyze(String doc, Scratch sc, TermSink sink) {
    if (doc == null) {
      return;
    }
    char[] s = (lowercase ? doc.toLowerCase(Locale.ROOT) : doc).toCharArray();
    int n = s.length;
    int m = 0;
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(s, i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int len = 0;
      int h = 0;
      while (i < n) {
        cp = Character.codePointAt(s, i);
        if (!isWordChar(cp)) {
          break;
        }
        len++;
        int c = Character.charCount(cp);
        for (int t = 0; t < c; t++) {
          h = 31 * h + s[i + t];
        }
        i += c;
      }
      if (len < 2 || (stopTable != null && stopTable.get(s, start, i, h) >= 0)) {
        continue;
      }
      if (m == sc.starts.length) {
        sc.starts = Arrays.copyOf(sc.starts, m * 2);
        sc.ends = Arrays.copyOf(sc.ends, m * 2);
        sc.hashes = Arrays.copyOf(sc.hashes, m * 2);
      }
      sc.starts[m] = start;
      sc.ends[m] = i;
      sc.hashes[m++] = h;
    }
    for (int len = minN; len <= maxN && len <= m; len++) {
      if (len == 1) {
        for (int t = 0; t < m; t++) {
          sink.accept(s, sc.starts[t], sc.ends[t], sc.hashes[t]);
        }
        continue;
      }
      for (int t = 0; t + len <= m; t++) {
        int size = len - 1;
        for (int u = t; u < t + len; u++) {
          size += sc.ends[u] - sc.starts[u];
        }
        if (size > sc.gram.length) {
          sc.gram = new char[Math.max(size, sc.gram.length * 2)];
        }
        char[] g = sc.gram;
        int o = 0;
        for (int u = t; u < t + len; u++) {
          if (u > t) {
            g[o++] = ' ';
          }
          int w = sc.ends[u] - sc.starts[u];
          System.arraycopy(s, sc.starts[u], g, o, w);
          o += w;
        }
        sink.accept(g, 0, o, TermTable.hash(g, 0, o));
      }
    }
  }

  /** Whether code point {@code cp} is a word character of Python's unicode {@code \w}. */
  static boolean isWordChar(int cp) {
    if (cp < 128) {
      return ASCII_WORD[cp];
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** The tokens of {@code doc} (after lower-casing when enabled), before stop words and n-grams. */
  List<String> tokens(String doc) {
    String s = lowercase ? doc.toLowerCase(Locale.ROOT) : doc;
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int len = 0;
      while (i < n) {
        cp = s.codePointAt(i);
        if (!isWordChar(cp)) {
          break;
        }
        len++;
        i += Character.charCount(cp);
      }
      if (len >= 2) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }

  /** Feeds every term (token or n-gram) of {@code doc} to {@code sink}, with repeats; null is an empty document. */
  void analyze(String doc, Consumer<String> sink) {
    if (doc == null) {
      return;
    }
    List<String> tokens = tokens(doc);
    if (!stopWords.isEmpty()) {
      tokens.removeIf(stopWords::contains);
    }
    int m = tokens.size();
    for (int len = minN; len <= maxN && len <= m; len++) {
      if (len == 1) {
        tokens.forEach(sink);
        continue;
      }
      StringBuilder b = new StringBuilder();
      for (int i = 0; i + len <= m; i++) {
        b.setLength(0);
        b.append(tokens.get(i));
        for (int t = 1; t < len; t++) {
          b.append(' ').append(tokens.get(i + t));
        }
        sink.accept(b.toString());
      }
    }
  }
}
