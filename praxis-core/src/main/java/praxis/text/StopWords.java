package praxis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Built-in stop word lists for the text vectorizers. {@link #ENGLISH} holds the 318 words of scikit-learn's
 * {@code ENGLISH_STOP_WORDS} (from the Glasgow Information Retrieval Group; BSD 3-clause, see the resource
 * {@code praxis/text/english_stop_words.LICENSE.txt}), so vocabularies built with it match scikit-learn's
 * {@code stop_words="english"}. Stop words are removed after tokenizing and lower-casing, before n-grams are
 * formed.
 *
 * <pre>{@code
 * CountVectorizer cv = new CountVectorizer(CountVectorizer.Params.DEFAULTS.withStopWords(StopWords.ENGLISH));
 * boolean stop = StopWords.ENGLISH.words().contains("the");   // true
 * }</pre>
 */
public enum StopWords {
  /** No stop words. */
  NONE(null),
  /** scikit-learn's English list (318 words). */
  ENGLISH("english_stop_words.txt");

  private final String resource;
  private volatile Set<String> words;

  StopWords(String resource) {
    this.resource = resource;
  }

  /** The words of this list (immutable; empty for {@link #NONE}). */
  public Set<String> words() {
    Set<String> w = words;
    if (w == null) {
      w = resource == null ? Set.of() : load(resource);
      words = w;
    }
    return w;
  }

  private static Set<String> load(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("stop word list praxis/text/" + resource + " is missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stop word list praxis/text/" + resource, e);
    }
    return Set.copyOf(out);
  }
}
