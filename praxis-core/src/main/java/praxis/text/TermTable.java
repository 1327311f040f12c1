package praxis.text;

/**
 * An open-addressing hash table from terms to ids that is queried with a character range, so that looking up a
 * token does not allocate a String. Hashes are {@link String#hashCode()}-compatible.
 */
final class TermTable {
  private String[] keys;
  private int[] hashes;
  private int[] ids;
  private int size;

  TermTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new String[cap];
    hashes = new int[cap];
    ids = new int[cap];
  }

  /** A table holding {@code terms[j] -> j}. */
  static TermTable of(java.util.Collection<String> terms) {
    TermTable t = new TermTable(terms.size());
    int j = 0;
    for (String s : terms) {
      char[] c = s.toCharArray();
      t.put(c, 0, c.length, hash(c, 0, c.length), j++);
    }
    return t;
  }

  static int hash(char[] a, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + a[i];
    }
    return h;
  }

  int size() {
    return size;
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  private static boolean same(String k, char[] a, int from, int to) {
    int n = to - from;
    if (k.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (k.charAt(i) != a[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** The id of the term {@code a[from..to)} with hash {@code h}, or -1. */
  int get(char[] a, int from, int to, int h) {
    int mask = keys.length - 1;
    for (int s = mix(h) & mask; ; s = (s + 1) & mask) {
      String k = keys[s];
      if (k == null) {
        return -1;
      }
      if (hashes[s] == h && same(k, a, from, to)) {
        return ids[s];
      }
    }
  }

  /** Adds the term (which must be absent) with {@code id}; returns the stored String. */
  String put(char[] a, int from, int to, int h, int id) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    String k = new String(a, from, to - from);
    insert(k, h, id);
    size++;
    return k;
  }

  private void insert(String k, int h, int id) {
    int mask = keys.length - 1;
    int s = mix(h) & mask;
    while (keys[s] != null) {
      s = (s + 1) & mask;
    }
    keys[s] = k;
    hashes[s] = h;
    ids[s] = id;
  }

  private void grow() {
    String[] ok = keys;
    int[] oh = hashes;
    int[] oi = ids;
    keys = new String[ok.length * 2];
    hashes = new int[ok.length * 2];
    ids = new int[ok.length * 2];
    for (int s = 0; s < ok.length; s++) {
      if (ok[s] != null) {
        insert(ok[s], oh[s], oi[s]);
      }
    }
  }
}
