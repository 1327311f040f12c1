package praxis.rules;

import java.util.List;

/**
 * A rule {@code antecedent → consequent} with its interest measures, for supports {@code s(·)} over the
 * transactions: support {@code s(A ∪ C)}, confidence {@code s(A ∪ C) / s(A)}, lift {@code confidence / s(C)},
 * leverage {@code s(A ∪ C) − s(A) s(C)} and conviction {@code (1 − s(C)) / (1 − confidence)} (+∞ when the
 * confidence is 1).
 *
 * <pre>{@code
 * for (AssociationRule r : AssociationRules.generate(f, 0.7)) {
 *   System.out.println(r.antecedent() + " -> " + r.consequent() + " lift " + r.lift());
 * }
 * }</pre>
 *
 * @param antecedentCodes sorted item codes of A
 * @param consequentCodes sorted item codes of C
 * @param antecedent item names of A
 * @param consequent item names of C
 * @param support s(A ∪ C)
 * @param confidence s(A ∪ C) / s(A)
 * @param lift confidence / s(C)
 * @param leverage s(A ∪ C) − s(A) s(C)
 * @param conviction (1 − s(C)) / (1 − confidence)
 */
public record AssociationRule(int[] antecedentCodes, int[] consequentCodes, List<String> antecedent,
    List<String> consequent, double support, double confidence, double lift, double leverage, double conviction) {
  @Override
  public String toString() {
    return antecedent + " -> " + consequent + " (support " + support + ", confidence " + confidence + ", lift "
        + lift + ")";
  }
}
