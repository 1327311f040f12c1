package praxis.text;

import java.util.ArrayList;
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
  private final boolean lowercase;
  private final Set<String> stopWords;
  private final int minN;
  private final int maxN;

  Analyzer(boolean lowercase, StopWords stopWords, int minN, int maxN) {
    this.lowercase = lowercase;
    this.stopWords = stopWords.words();
    this.minN = minN;
    this.maxN = maxN;
  }

  /** Whether code point {@code cp} is a word character of Python's unicode {@code \w}. */
  static boolean isWordChar(int cp) {
    if (cp == '_') {
      return true;
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
