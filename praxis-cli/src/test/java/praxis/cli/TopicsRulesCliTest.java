package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import praxis.api.Model;
import praxis.io.ModelIO;
import praxis.pipeline.PipelineModel;
import praxis.topic.LatentDirichletAllocationModel;

/**
 * {@code praxis topics} and {@code praxis rules} on small planted data: two disjoint word groups that LDA must
 * separate into two topics, and baskets whose best rules and their measures are known by hand; outputs written;
 * bad input gives one-line errors with the project's exit codes (2 usage, 1 unusable data).
 */
class TopicsRulesCliTest {
  @TempDir
  static Path dir;

  static final List<String> FRUIT = List.of("apple", "banana", "cherry", "mango", "peach", "grape");
  static final List<String> CARS = List.of("engine", "wheel", "brake", "motor", "gearbox", "clutch");

  static Path docs;
  static Path baskets;
  static Path pairs;

  /** 80 documents of 12 words, each drawn from one group only (plus stop words the vectorizer drops). */
  @BeforeAll
  static void data() throws Exception {
    SplittableRandom r = new SplittableRandom(7);
    StringBuilder csv = new StringBuilder("\"id\",\"body\"\n");
    for (int d = 0; d < 80; d++) {
      List<String> g = d % 2 == 0 ? FRUIT : CARS;
      StringBuilder t = new StringBuilder("the");
      for (int w = 0; w < 12; w++) {
        t.append(' ').append(g.get(r.nextInt(g.size()))).append(w % 4 == 0 ? " and" : "");
      }
      csv.append(d).append(",\"").append(t).append("\"\n");
    }
    docs = dir.resolve("docs.csv.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(docs))) {
      o.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
    // 60 baskets: 20 {bread, butter, milk}, 10 {bread, milk}, 15 {beer, chips}, 5 {beer}, 10 {milk, eggs}
    StringBuilder b = new StringBuilder();
    StringBuilder p = new StringBuilder("\"order\",\"product\"\n");
    int id = 0;
    for (Object[] spec : new Object[][] {{20, "bread,butter,milk"}, {10, "bread,milk"}, {15, "beer,chips"},
        {5, "beer"}, {10, "milk,eggs"}}) {
      for (int i = 0; i < (Integer) spec[0]; i++, id++) {
        b.append(spec[1]).append('\n');
        for (String item : ((String) spec[1]).split(",")) {
          p.append("\"o").append(id).append("\",\"").append(item).append("\"\n");
        }
      }
    }
    baskets = Files.writeString(dir.resolve("baskets.txt"), b);
    pairs = Files.writeString(dir.resolve("pairs.csv"), p);
  }

  @Test
  void topicsSeparatePlantedWordGroupsAndWriteOutputs() throws Exception {
    Path out = dir.resolve("doc_topics.csv");
    Path model = dir.resolve("topics.praxis");
    CliRunner.Run r = CliRunner.run("topics", docs, "--text", "body", "--topics", "2", "--top", "6",
        "--passes", "20", "--test-fraction", "0.25", "--out", out, "--save", model);
    assertEquals(Main.OK, r.code(), r.toString());
    assertTrue(r.out().contains("80 documents (60 for training, 20 held out), vocabulary of 12 terms"), r.out());
    Set<Set<String>> found = new HashSet<>();
    for (String line : r.out().lines().filter(l -> l.startsWith("topic ")).toList()) {
      found.add(Set.of(line.substring(line.indexOf(':') + 1).strip().split(" ")));
    }
    assertEquals(Set.of(Set.copyOf(FRUIT), Set.copyOf(CARS)), found, "each topic's 6 top words are one group: " + r);
    assertFalse(found.stream().anyMatch(t -> t.contains("the") || t.contains("and")), "stop words removed: " + r);
    String perp = r.out().lines().filter(l -> l.startsWith("held-out perplexity: ")).findFirst().orElseThrow();
    double pp = Double.parseDouble(perp.split(" ")[2]);
    // a perfect two-topic model spreads each word over its group's 6 words (perplexity 6); a model without
    // topics over all 12 (perplexity 12). The variational bound sits a little above the first: measured 8.49
    assertTrue(pp > 6 && pp < 10, perp);

    List<String> lines = Files.readAllLines(out);
    assertEquals("row,topic0,topic1", lines.get(0));
    assertEquals(81, lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      assertEquals(i, Double.parseDouble(f[0]), 0.0);
      assertEquals(1.0, Double.parseDouble(f[1]) + Double.parseDouble(f[2]), 1e-9, "rows sum to 1");
    }
    Model m = ModelIO.load(model);
    LatentDirichletAllocationModel lda = (LatentDirichletAllocationModel) ((PipelineModel) m).finalModel();
    assertEquals(2, lda.topicCount());
  }

  @Test
  void topicsWithoutHoldOutPrintTrainingPerplexity() {
    CliRunner.Run r = CliRunner.run("topics", docs, "--text", "body", "--topics", "3", "--top", "2",
        "--stop-words", "none", "--min-df", "2");
    assertEquals(Main.OK, r.code(), r.toString());
    assertTrue(r.out().contains("perplexity (training documents): "), r.out());
    assertEquals(3, r.out().lines().filter(l -> l.startsWith("topic ")).count(), r.out());
    assertTrue(r.out().contains("vocabulary of 14 terms"), "with 'the' and 'and' kept: " + r.out());
  }

  @Test
  void rulesFromBasketsWithHandComputedMeasures() throws Exception {
    Path out = dir.resolve("rules.csv");
    CliRunner.Run r = CliRunner.run("rules", baskets, "--min-support", "0.2", "--min-confidence", "0.6",
        "--top", "3", "--out", out);
    assertEquals(Main.OK, r.code(), r.toString());
    assertTrue(r.out().contains("60 transactions, 6 distinct items"), r.out());
    // frequent at 20%: bread .5, butter .33, milk .67, beer .33, chips .25, bread+butter .33, bread+milk .5,
    // butter+milk .33, beer+chips .25, bread+butter+milk .33 (eggs .17 is not)
    assertTrue(r.out().contains("10 frequent itemsets"), r.out());
    List<String> rows = r.out().lines().filter(l -> l.contains(" -> ")).toList();
    assertEquals(3, rows.size(), r.out());
    // chips -> beer: support 15/60, confidence 1, lift 1 / (20/60) = 3, leverage .25 - .25 * 1/3, conviction inf
    assertTrue(rows.get(0).matches("\\s*\\{chips} -> \\{beer}\\s+0\\.2500\\s+1\\.0000\\s+3\\.0000\\s+0\\.1667\\s+inf"),
        rows.get(0));
    // beer -> chips: confidence 15/20, lift .75 / .25 = 3, conviction (1 - .25) / (1 - .75) = 3
    assertTrue(rows.get(1).matches("\\s*\\{beer} -> \\{chips}\\s+0\\.2500\\s+0\\.7500\\s+3\\.0000\\s+0\\.1667\\s+3\\.0000"),
        rows.get(1));
    List<String> csv = Files.readAllLines(out);
    assertEquals("antecedent,consequent,support,confidence,lift,leverage,conviction", csv.get(0));
    assertTrue(csv.contains("butter,bread & milk,0.3333333333333333,1,2,0.16666666666666666,Infinity"),
        String.join("\n", csv));

    // the same rules from (id, item) pairs and with Apriori
    Path out2 = dir.resolve("rules2.csv");
    CliRunner.Run p = CliRunner.run("rules", pairs, "--format", "pairs", "--id-column", "order", "--item-column",
        "product", "--algorithm", "apriori", "--min-support", "0.2", "--min-confidence", "0.6", "--out", out2);
    assertEquals(Main.OK, p.code(), p.toString());
    assertEquals(csv, Files.readAllLines(out2));
  }

  @Test
  void rulesSortAndLengthOptions() {
    CliRunner.Run r = CliRunner.run("rules", baskets, "--min-support", "0.2", "--min-confidence", "0",
        "--max-length", "2", "--sort", "support", "--top", "1");
    assertEquals(Main.OK, r.code(), r.toString());
    // pairs only; the most supported pair is bread+milk (.5): milk -> bread has confidence .75, bread -> milk 1
    List<String> rows = r.out().lines().filter(l -> l.contains(" -> ")).toList();
    assertEquals(1, rows.size(), r.out());
    assertTrue(rows.get(0).strip().startsWith("{bread} -> {milk}"), rows.get(0));
    assertTrue(r.out().contains("at most 2 items"), r.out());
  }

  private static String oneLineError(CliRunner.Run r, int code) {
    assertEquals(code, r.code(), r.toString());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), "exactly one line on stderr: " + r);
    assertTrue(err.startsWith("praxis: error: "), r.toString());
    assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + r);
    return err;
  }

  @Test
  void badInput() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "\n  \n");
    String e = oneLineError(CliRunner.run("rules", empty), Main.FAILURE);
    assertTrue(e.contains("empty.txt") && e.contains("no transaction"), e);
    for (String s : List.of("0", "-0.1", "1.5")) {
      String m = oneLineError(CliRunner.run("rules", baskets, "--min-support", s), Main.USAGE);
      assertTrue(m.contains("--min-support") && m.contains("(0, 1]"), m);
    }
    String conf = oneLineError(CliRunner.run("rules", baskets, "--min-confidence", "2"), Main.USAGE);
    assertTrue(conf.contains("--min-confidence"), conf);
    String col = oneLineError(CliRunner.run("rules", pairs, "--format", "pairs", "--item-column", "sku"), Main.USAGE);
    assertTrue(col.contains("'sku'") && col.contains("product"), col);

    String text = oneLineError(CliRunner.run("topics", docs, "--text", "content"), Main.USAGE);
    assertTrue(text.contains("'content'") && text.contains("body"), "names the column and lists the others: " + text);
    String numeric = oneLineError(CliRunner.run("topics", docs, "--text", "id"), Main.USAGE);
    assertTrue(numeric.contains("numeric") && numeric.contains("body"), numeric);
    String k = oneLineError(CliRunner.run("topics", docs, "--text", "body", "--topics", "0"), Main.USAGE);
    assertTrue(k.contains("--topics") && k.contains("0"), k);
    String tf = oneLineError(CliRunner.run("topics", docs, "--text", "body", "--test-fraction", "1"), Main.USAGE);
    assertTrue(tf.contains("--test-fraction"), tf);
    String sw = oneLineError(CliRunner.run("topics", docs, "--text", "body", "--stop-words", "french"), Main.USAGE);
    assertTrue(sw.contains("english or none"), sw);
    String missing = oneLineError(CliRunner.run("topics", dir.resolve("nope.csv"), "--text", "body"), Main.FAILURE);
    assertTrue(missing.contains("file not found"), missing);
  }
}
