package praxis.select;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal JSON reader for the reference fixtures (objects, arrays, strings, numbers, booleans, null). */
final class MiniJson {
  private final String s;
  private int p;

  private MiniJson(String s) {
    this.s = s;
  }

  static Object parseResource(String resource) throws IOException {
    try (InputStream in = MiniJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("test resource not found: " + resource);
      }
      return new MiniJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)).value();
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> obj(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  static List<Object> arr(Object o) {
    return (List<Object>) o;
  }

  static int[] ints(Object o) {
    List<Object> l = arr(o);
    int[] a = new int[l.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = ((Number) l.get(i)).intValue();
    }
    return a;
  }

  static long[] longs(Object o) {
    List<Object> l = arr(o);
    long[] a = new long[l.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = ((Number) l.get(i)).longValue();
    }
    return a;
  }

  static double[] doubles(Object o) {
    List<Object> l = arr(o);
    double[] a = new double[l.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = ((Number) l.get(i)).doubleValue();
    }
    return a;
  }

  static String[] strings(Object o) {
    return arr(o).toArray(new String[0]);
  }

  private Object value() {
    ws();
    char c = s.charAt(p);
    switch (c) {
      case '{': {
        p++;
        Map<String, Object> m = new LinkedHashMap<>();
        ws();
        if (s.charAt(p) == '}') {
          p++;
          return m;
        }
        while (true) {
          ws();
          String k = string();
          ws();
          expect(':');
          m.put(k, value());
          ws();
          if (s.charAt(p) == ',') {
            p++;
          } else {
            expect('}');
            return m;
          }
        }
      }
      case '[': {
        p++;
        List<Object> l = new ArrayList<>();
        ws();
        if (s.charAt(p) == ']') {
          p++;
          return l;
        }
        while (true) {
          l.add(value());
          ws();
          if (s.charAt(p) == ',') {
            p++;
          } else {
            expect(']');
            return l;
          }
        }
      }
      case '"':
        return string();
      case 't':
        p += 4;
        return Boolean.TRUE;
      case 'f':
        p += 5;
        return Boolean.FALSE;
      case 'n':
        p += 4;
        return null;
      default: {
        int start = p;
        while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) {
          p++;
        }
        String num = s.substring(start, p);
        if (num.contains(".") || num.contains("e") || num.contains("E")) {
          return Double.parseDouble(num);
        }
        return Long.parseLong(num);
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (s.charAt(p) != '"') {
      char c = s.charAt(p++);
      if (c == '\\') {
        char e = s.charAt(p++);
        switch (e) {
          case 'n': b.append('\n'); break;
          case 't': b.append('\t'); break;
          case 'u': b.append((char) Integer.parseInt(s.substring(p, p + 4), 16)); p += 4; break;
          default: b.append(e);
        }
      } else {
        b.append(c);
      }
    }
    p++;
    return b.toString();
  }

  private void expect(char c) {
    if (s.charAt(p) != c) {
      throw new IllegalStateException("expected '" + c + "' at " + p + " but found '" + s.charAt(p) + "'");
    }
    p++;
  }

  private void ws() {
    while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
      p++;
    }
  }
}
