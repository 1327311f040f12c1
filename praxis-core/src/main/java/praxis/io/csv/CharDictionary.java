package praxis.io.csv;

import java.util.Arrays;
import java.util.List;

/**
 * An open-addressing dictionary from character runs to dense int codes, looked up straight from the
 * parser's buffer so that no {@code String} is made for a value already seen. Codes follow first-seen order.
 */
final class CharDictionary {
  private static final int EMPTY = -1;
  private String[] levels = new String[16];
  private int[] hashes = new int[16];
  private int size;
  private int[] table = newTable(32);
  private final boolean frozen;

  /** An empty, growing dictionary. */
  CharDictionary() {
    this.frozen = false;
  }

  /** A fixed dictionary of {@code declared} levels; {@link #intern} returns -1 for anything else. */
  CharDictionary(List<String> declared) {
    for (String s : declared) {
      char[] c = s.toCharArray();
      if (find(c, 0, c.length, hash(c, 0, c.length)) >= 0) {
        throw new IllegalArgumentException("declared levels contain '" + s + "' twice: " + declared);
      }
      add(s, hash(c, 0, c.length));
    }
    this.frozen = true;
  }

  private static int[] newTable(int n) {
    int[] t = new int[n];
    Arrays.fill(t, EMPTY);
    return t;
  }

  private static int hash(char[] buf, int off, int len) {
    int h = 0;
    for (int i = off, end = off + len; i < end; i++) {
      h = 31 * h + buf[i];
    }
    return h ^ (h >>> 16);
  }

  private int find(char[] buf, int off, int len, int h) {
    int mask = table.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int code = table[slot];
      if (code == EMPTY) {
        return -1 - slot;
      }
      if (hashes[code] == h && sameChars(levels[code], buf, off, len)) {
        return code;
      }
    }
  }

  private static boolean sameChars(String s, char[] buf, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** The code of the characters, adding them as a new level unless frozen (then -1 if unknown). */
  int intern(char[] buf, int off, int len) {
    int h = hash(buf, off, len);
    int r = find(buf, off, len, h);
    if (r >= 0) {
      return r;
    }
    if (frozen) {
      return -1;
    }
    return add(new String(buf, off, len), h);
  }

  private int add(String s, int h) {
    if (size == levels.length) {
      levels = Arrays.copyOf(levels, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    int code = size++;
    levels[code] = s;
    hashes[code] = h;
    if (size * 2 > table.length) {
      int[] t = newTable(table.length * 2);
      int mask = t.length - 1;
      for (int c = 0; c < size; c++) {
        int slot = hashes[c] & mask;
        while (t[slot] != EMPTY) {
          slot = (slot + 1) & mask;
        }
        t[slot] = c;
      }
      table = t;
    } else {
      int mask = table.length - 1;
      int slot = h & mask;
      while (table[slot] != EMPTY) {
        slot = (slot + 1) & mask;
      }
      table[slot] = code;
    }
    return code;
  }

  /** Number of levels. */
  int size() {
    return size;
  }

  /** Level of {@code code}. */
  String level(int code) {
    return levels[code];
  }

  /** Levels in code order. */
  List<String> levels() {
    return List.of(Arrays.copyOf(levels, size));
  }
}
