package praxis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import praxis.data.Column;
import praxis.data.ColumnType;
import praxis.data.Frame;
import praxis.data.Target;
import praxis.data.TextColumn;
import praxis.io.ModelIO;
import praxis.io.csv.CsvWriter;
import praxis.pipeline.Pipeline;
import praxis.pipeline.PipelineModel;
import praxis.select.Fold;
import praxis.select.HoldOut;
import praxis.text.CountVectorizer;
import praxis.text.CountVectorizerModel;
import praxis.text.StopWords;
import praxis.topic.LatentDirichletAllocation;
import praxis.topic.LatentDirichletAllocationModel;

/**
 * {@code praxis topics DATA --text COL}: a topic model of one text column. The column is turned into word
 * counts ({@link CountVectorizer}: lower-cased, tokens of two or more letters or digits, stop words removed,
 * terms kept by document frequency), latent Dirichlet allocation ({@link LatentDirichletAllocation}, batch
 * variational Bayes as scikit-learn) is fitted, and the top words of every topic and the perplexity are printed.
 *
 * <p>With {@code --test-fraction F > 0} a shuffled hold-out split ({@link HoldOut}, scikit-learn's
 * {@code train_test_split(test_size=F, random_state=seed)}) keeps that fraction of the documents out of both the
 * vocabulary and the fit, and the printed perplexity is the held-out one (the protocol of the library's
 * acceptance test); otherwise it is the perplexity of the training documents. {@code --out} writes the
 * document–topic proportions of every document (all rows, in input order; columns {@code row, topic0, ...});
 * {@code --save} saves the fitted vectorizer + LDA pipeline (fitted on the training part), which
 * {@code praxis info} can describe.
 *
 * <pre>{@code
 * praxis topics descriptions.csv.gz --text text --topics 20 --min-df 5 --max-df 0.5 --test-fraction 0.1
 * praxis topics notes.csv --text body --topics 5 --top 8 --out doc_topics.csv --save topics.praxis
 * }</pre>
 */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = "Fit an LDA topic model on a text column; print the top words per topic and the perplexity.")
public final class TopicsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", description = "CSV file (.csv or .csv.gz) or builtin:NAME.")
  String data;

  @Option(names = "--text", required = true, paramLabel = "COL", description = "The text column to model.")
  String text;

  @Option(names = "--topics", defaultValue = "10", paramLabel = "K",
      description = "Number of topics (default: ${DEFAULT-VALUE}).")
  int topics;

  @Option(names = "--passes", defaultValue = "10", paramLabel = "N",
      description = "Passes of variational Bayes over the documents (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--min-df", defaultValue = "0", paramLabel = "X",
      description = "Drop terms in fewer documents: a proportion in [0, 1] or a whole count > 1, e.g. 5 "
          + "(default: ${DEFAULT-VALUE}, keep all).")
  double minDf;

  @Option(names = "--max-df", defaultValue = "1.0", paramLabel = "X",
      description = "Drop terms in more documents: a proportion in [0, 1] (e.g. 0.5) or a whole count > 1 "
          + "(default: ${DEFAULT-VALUE}, keep all).")
  double maxDf;

  @Option(names = "--stop-words", defaultValue = "english", paramLabel = "LIST",
      description = "Stop words removed before counting: english (scikit-learn's list) or none "
          + "(default: ${DEFAULT-VALUE}).")
  String stopWords;

  @Option(names = "--top", defaultValue = "10", paramLabel = "N",
      description = "Words printed per topic (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(names = "--test-fraction", defaultValue = "0", paramLabel = "F",
      description = "Fraction of documents held out for the perplexity, in [0, 1) (default: ${DEFAULT-VALUE}: "
          + "perplexity of the training documents).")
  double testFraction;

  @Option(names = "--seed", defaultValue = "0", paramLabel = "S",
      description = "Seed of the hold-out split and of LDA's initial draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
      description = "Threads of LDA's E-step (default: ${DEFAULT-VALUE}); results do not depend on it.")
  int threads;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the document-topic proportions of every document to this CSV (atomically).")
  Path out;

  @Option(names = "--save", paramLabel = "FILE",
      description = "Save the fitted vectorizer + LDA pipeline to this model file.")
  Path save;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Override
  public Integer call() {
    StopWords stop = checkOptions();
    Data.Loaded d = Data.load(data);
    Frame docs = textFrame(d);
    int n = docs.rowCount();
    CliChecks.requireRows(n, data, "data rows; topics need documents");
    Frame train = docs;
    Frame test = null;
    if (testFraction > 0) {
      if (n < 2) {
        throw new CliFailure(data + " has " + n + " document(s); a hold-out split needs at least 2 (or use "
            + "--test-fraction 0)");
      }
      Fold f = new HoldOut(testFraction, false, seed).split(docs, Target.none(n), null).get(0);
      train = docs.rows(f.train());
      test = docs.rows(f.test());
    }
    CountVectorizer cv = new CountVectorizer(CountVectorizer.Params.DEFAULTS.withColumn(text)
        .withStopWords(stop).withMinDf(minDf).withMaxDf(maxDf));
    LatentDirichletAllocation lda = new LatentDirichletAllocation(LatentDirichletAllocation.Params.DEFAULTS
        .withNComponents(topics).withMaxIter(passes).withSeed(seed).withNThreads(threads));
    long t0 = System.nanoTime();
    PipelineModel fitted;
    try {
      fitted = Pipeline.of(cv, lda).fit(train, Target.none(train.rowCount()));
    } catch (IllegalArgumentException e) {
      throw new CliFailure("cannot fit topics on column '" + text + "' of " + data + ": " + e.getMessage());
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    CountVectorizerModel vec = (CountVectorizerModel) fitted.steps().get(0);
    LatentDirichletAllocationModel model = (LatentDirichletAllocationModel) fitted.finalModel();

    PrintWriter o = spec.commandLine().getOut();
    o.printf(Locale.ROOT, "%s: %d documents (%d for training%s), vocabulary of %d terms; %d topics, %d passes,"
        + " fitted in %.2f s%n%n", data, n, train.rowCount(),
        test == null ? "" : ", " + test.rowCount() + " held out", vec.vocabulary().size(), topics, passes, secs);
    List<List<String>> words = model.topWords(top);
    int w = String.valueOf(topics - 1).length();
    for (int t = 0; t < words.size(); t++) {
      o.printf(Locale.ROOT, "topic %" + w + "d: %s%n", t, String.join(" ", words.get(t)));
    }
    o.println();
    if (test == null) {
      o.printf(Locale.ROOT, "perplexity (training documents): %.4f%n", model.perplexity(vec.transform(train)));
    } else {
      Frame xte = vec.transform(test);
      if (sum(xte) == 0) {
        o.printf(Locale.ROOT, "held-out perplexity: undefined (the %d held-out documents hold no vocabulary"
            + " term)%n", test.rowCount());
      } else {
        o.printf(Locale.ROOT, "held-out perplexity: %.4f (%d documents)%n", model.perplexity(xte),
            test.rowCount());
      }
    }
    o.flush();
    if (out != null) {
      Frame theta = model.transform(vec.transform(docs));
      double[] row = new double[n];
      for (int i = 0; i < n; i++) {
        row[i] = i + 1;
      }
      List<Column> cols = new java.util.ArrayList<>();
      cols.add(praxis.data.DoubleColumn.wrap("row", row));
      for (int j = 0; j < theta.columnCount(); j++) {
        cols.add(theta.column(j));
      }
      CsvWriter.write(Frame.of(cols), out);
      o.printf(Locale.ROOT, "wrote the topic proportions of %d documents to %s%n", n, out);
    }
    if (save != null) {
      ModelIO.save(fitted, save);
      o.printf(Locale.ROOT, "saved the vectorizer + LDA model to %s%n", save);
    }
    o.flush();
    return Main.OK;
  }

  /** Usage errors (exit 2) before any data is read; returns the stop word list. */
  private StopWords checkOptions() {
    CliChecks.atLeastOne(topics, "--topics", "--topics 10");
    CliChecks.atLeastOne(passes, "--passes", "--passes 10");
    CliChecks.atLeastOne(top, "--top");
    CliChecks.atLeastOne(threads, "--threads");
    if (!(testFraction >= 0 && testFraction < 1)) {
      throw new UsageException("--test-fraction must be in [0, 1), got " + testFraction
          + "; e.g. 0.1 to hold out 10% of the documents, 0 for none");
    }
    checkDf(minDf, "--min-df");
    checkDf(maxDf, "--max-df");
    if (minDf <= 1 && maxDf <= 1 && minDf > maxDf) {
      throw new UsageException("--min-df " + minDf + " is above --max-df " + maxDf + "; no term could be kept");
    }
    return switch (stopWords.toLowerCase(Locale.ROOT)) {
      case "english" -> StopWords.ENGLISH;
      case "none" -> StopWords.NONE;
      default -> throw new UsageException("--stop-words must be english or none, got '" + stopWords + "'");
    };
  }

  private static void checkDf(double v, String option) {
    if (!(v >= 0) || Double.isInfinite(v) || (v > 1 && v != Math.rint(v))) {
      throw new UsageException(option + " must be a proportion in [0, 1] or a whole number of documents > 1,"
          + " got " + v + "; e.g. 5 (documents) or 0.5 (half of them)");
    }
  }

  /** The text column as a one-column frame of text (a categorical column's labels are read as text). */
  private Frame textFrame(Data.Loaded d) {
    Frame f = d.frame();
    CliChecks.requireColumn(f.schema().names(), text, data, "choose the text column with --text");
    Column c = f.column(text);
    if (c.type() == ColumnType.TEXT) {
      return f.select(text);
    }
    if (c.type() == ColumnType.NUMERIC) {
      throw new UsageException("column '" + text + "' of " + data + " is numeric; --text needs a column of"
          + " documents (text), one of " + textColumns(f));
    }
    String[] v = new String[c.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = c.isMissing(i) ? null : c.format(i);
    }
    return Frame.of(TextColumn.wrap(text, v));
  }

  private static List<String> textColumns(Frame f) {
    return f.schema().fields().stream().filter(x -> x.type() != ColumnType.NUMERIC).map(x -> x.name()).toList();
  }

  private static double sum(Frame x) {
    double s = 0;
    for (double v : x.toCsr().values()) {
      s += v;
    }
    return s;
  }
}
