package praxis.metrics;

import java.util.Arrays;

/**
 * Ranking and retrieval metrics.
 *
 * <p><b>List form</b> (precision@k, recall@k, AP@k, MAP, MRR, binary NDCG@k): a query's result is
 * {@code ranked}, item ids best first (no duplicates), and {@code relevant}, the ids of its relevant items
 * (no duplicates). Definitions:
 * <ul>
 *   <li>precision@k = hits in the first k / k (the denominator is k even when fewer than k items are
 *       ranked);</li>
 *   <li>recall@k = hits in the first k / |relevant| (0 when nothing is relevant);</li>
 *   <li>AP@k = Σ<sub>i ≤ k, item i relevant</sub> precision@i / min(|relevant|, k) (0 when nothing is
 *       relevant), the common "apk" definition; MAP@k is its mean over queries;</li>
 *   <li>MRR = mean over queries of 1 / rank of the first relevant item (0 for a query with none).</li>
 * </ul>
 *
 * <p><b>Score form</b> NDCG@k ({@link #ndcgAtK(double[], double[], int)}), exactly scikit-learn 1.2.1's
 * {@code ndcg_score}: gain = the relevance itself (linear gain, not 2<sup>rel</sup> − 1), discount
 * 1/log<sub>2</sub>(rank + 1), items with tied scores share the average gain of their group
 * (McSherry &amp; Najork), a query whose ideal DCG is 0 scores 0, negative relevance is rejected. The
 * binary list form {@link #ndcgAtK(int[], int[], int)} uses gain 1 per relevant item with the same discount.
 *
 * <pre>{@code
 * int[] ranked = {7, 3, 9, 1}, relevant = {3, 1};
 * double p = RankingMetrics.precisionAtK(ranked, relevant, 2);   // 0.5
 * double ndcg = RankingMetrics.ndcgAtK(new double[] {3, 2, 0}, new double[] {0.9, 0.1, 0.5}, 3);
 * }</pre>
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  private static int[] sortedRelevant(int[] ranked, int[] relevant, int k) {
    Args.notNull(ranked, "ranked");
    Args.notNull(relevant, "relevant");
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    int[] rs = ranked.clone();
    Arrays.sort(rs);
    for (int i = 1; i < rs.length; i++) {
      if (rs[i] == rs[i - 1]) {
        throw new IllegalArgumentException("ranked lists item " + rs[i] + " twice; each item may be ranked once");
      }
    }
    int[] rel = relevant.clone();
    Arrays.sort(rel);
    for (int i = 1; i < rel.length; i++) {
      if (rel[i] == rel[i - 1]) {
        throw new IllegalArgumentException("relevant lists item " + rel[i] + " twice; list each relevant item once");
      }
    }
    return rel;
  }

  private static int hits(int[] ranked, int[] rel, int k) {
    int h = 0;
    int top = Math.min(k, ranked.length);
    for (int i = 0; i < top; i++) {
      if (Arrays.binarySearch(rel, ranked[i]) >= 0) {
        h++;
      }
    }
    return h;
  }

  /** Fraction of the first {@code k} positions holding a relevant item. */
  public static double precisionAtK(int[] ranked, int[] relevant, int k) {
    int[] rel = sortedRelevant(ranked, relevant, k);
    return (double) hits(ranked, rel, k) / k;
  }

  /** Fraction of the relevant items found in the first {@code k} positions (0 when none is relevant). */
  public static double recallAtK(int[] ranked, int[] relevant, int k) {
    int[] rel = sortedRelevant(ranked, relevant, k);
    return rel.length == 0 ? 0.0 : (double) hits(ranked, rel, k) / rel.length;
  }

  /** Average precision at {@code k} (see the class description). */
  public static double averagePrecisionAtK(int[] ranked, int[] relevant, int k) {
    int[] rel = sortedRelevant(ranked, relevant, k);
    if (rel.length == 0) {
      return 0.0;
    }
    int top = Math.min(k, ranked.length);
    int h = 0;
    double s = 0;
    for (int i = 0; i < top; i++) {
      if (Arrays.binarySearch(rel, ranked[i]) >= 0) {
        h++;
        s += (double) h / (i + 1);
      }
    }
    return s / Math.min(rel.length, k);
  }

  private static void queries(int[][] ranked, int[][] relevant) {
    Args.notNull(ranked, "ranked");
    Args.notNull(relevant, "relevant");
    Args.nonEmpty(ranked.length, "ranked");
    Args.sameLength(ranked.length, "ranked", relevant.length, "relevant");
  }

  /** Mean of {@link #averagePrecisionAtK} over queries ({@code ranked[q]}, {@code relevant[q]}). */
  public static double meanAveragePrecision(int[][] ranked, int[][] relevant, int k) {
    queries(ranked, relevant);
    double s = 0;
    for (int q = 0; q < ranked.length; q++) {
      s += averagePrecisionAtK(ranked[q], relevant[q], k);
    }
    return s / ranked.length;
  }

  /** Mean reciprocal rank of the first relevant item over queries. */
  public static double mrr(int[][] ranked, int[][] relevant) {
    queries(ranked, relevant);
    double s = 0;
    for (int q = 0; q < ranked.length; q++) {
      int[] rel = sortedRelevant(ranked[q], relevant[q], 1);
      for (int i = 0; i < ranked[q].length; i++) {
        if (Arrays.binarySearch(rel, ranked[q][i]) >= 0) {
          s += 1.0 / (i + 1);
          break;
        }
      }
    }
    return s / ranked.length;
  }

  private static double discount(int rank0) {
    return 1 / (Math.log(rank0 + 2) / Math.log(2));
  }

  /** Binary NDCG@k of a ranked list: gain 1 per relevant item in the first k, ideal = min(|relevant|, k) hits. */
  public static double ndcgAtK(int[] ranked, int[] relevant, int k) {
    int[] rel = sortedRelevant(ranked, relevant, k);
    int top = Math.min(k, ranked.length);
    double dcg = 0;
    for (int i = 0; i < top; i++) {
      if (Arrays.binarySearch(rel, ranked[i]) >= 0) {
        dcg += discount(i);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(rel.length, k); i++) {
      ideal += discount(i);
    }
    return ideal == 0 ? 0.0 : dcg / ideal;
  }

  /**
   * NDCG@k of one query as scikit-learn's {@code ndcg_score}: {@code relevance[j]} is item j's graded
   * relevance (≥ 0) and {@code score[j]} its predicted score; at least 2 items.
   */
  public static double ndcgAtK(double[] relevance, double[] score, int k) {
    Args.pair(relevance, "relevance", score, "score");
    if (relevance.length < 2) {
      throw new IllegalArgumentException("relevance has " + relevance.length
          + " item; NDCG needs at least 2 items per query");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be >= 1, got " + k);
    }
    for (int j = 0; j < relevance.length; j++) {
      if (relevance[j] < 0) {
        throw new IllegalArgumentException("relevance[" + j + "] = " + relevance[j]
            + " is negative; NDCG needs relevance grades >= 0");
      }
    }
    double ideal = tieAveragedDcg(relevance, relevance, k);
    if (ideal == 0) {
      return 0.0;
    }
    return tieAveragedDcg(relevance, score, k) / ideal;
  }

  /** Mean NDCG@k over queries (rows of {@code relevance} and {@code score}). */
  public static double ndcgAtK(double[][] relevance, double[][] score, int k) {
    Args.notNull(relevance, "relevance");
    Args.notNull(score, "score");
    Args.nonEmpty(relevance.length, "relevance");
    Args.sameLength(relevance.length, "relevance", score.length, "score");
    double s = 0;
    for (int q = 0; q < relevance.length; q++) {
      s += ndcgAtK(relevance[q], score[q], k);
    }
    return s / relevance.length;
  }

  /** DCG with the discount cut at k and tied scores sharing their group's mean gain. */
  private static double tieAveragedDcg(double[] rel, double[] score, int k) {
    int n = rel.length;
    // Indices by decreasing score (stable ascending sort of the negated scores).
    double[] neg = new double[n];
    for (int j = 0; j < n; j++) {
      neg[j] = -score[j];
    }
    int[] order = argsort(neg);
    double[] discCum = new double[n];
    double acc = 0;
    for (int i = 0; i < n; i++) {
      acc += i < k ? discount(i) : 0.0;
      discCum[i] = acc;
    }
    double dcg = 0;
    int start = 0;
    double prevCum = 0;
    while (start < n) {
      int end = start;
      double gainSum = 0;
      while (end < n && neg[order[end]] == neg[order[start]]) {
        gainSum += rel[order[end]];
        end++;
      }
      double cum = discCum[end - 1];
      dcg += gainSum / (end - start) * (cum - prevCum);
      prevCum = cum;
      start = end;
    }
    return dcg;
  }

  /** Indices sorting {@code v} ascending (stable). */
  private static int[] argsort(double[] v) {
    int n = v.length;
    int[] idx = new int[n];
    int[] tmp = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int a = lo;
        int b = mid;
        int o = lo;
        while (a < mid && b < hi) {
          tmp[o++] = v[idx[b]] < v[idx[a]] ? idx[b++] : idx[a++];
        }
        while (a < mid) {
          tmp[o++] = idx[a++];
        }
        while (b < hi) {
          tmp[o++] = idx[b++];
        }
      }
      int[] t = idx;
      idx = tmp;
      tmp = t;
    }
    return idx;
  }
}
