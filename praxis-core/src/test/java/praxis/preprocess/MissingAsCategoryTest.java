package praxis.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import praxis.data.CategoricalColumn;
import praxis.data.Frame;
import praxis.data.Target;

/** Missing as its own category: SimpleImputer CONSTANT + OneHotEncoder, and TargetEncoder's missing slot. */
class MissingAsCategoryTest {
  @Test
  void constantImputationMakesMissingACategory() {
    Frame x = Frame.of(CategoricalColumn.of("colour", "red", null, "blue", null));
    SimpleImputerModel imp = new SimpleImputer(new SimpleImputer.Params(SimpleImputer.Strategy.CONSTANT, 0,
        "(missing)")).fit(x, Target.none(4));
    Frame filled = imp.transform(x);
    assertEquals(List.of("red", "blue", "(missing)"), filled.categoricalColumn("colour").levels());
    Frame hot = new OneHotEncoder().fit(filled, Target.none(4)).transform(filled);
    assertArrayEquals(new double[] {0, 1, 0, 1}, Support.values(hot.column("colour=(missing)")), 0);
  }

  @Test
  void targetEncoderGivesMissingItsOwnEncoding() {
    Frame x = Frame.of(CategoricalColumn.of("colour", "red", null, "blue", null, "red", null));
    TargetEncoderModel m = new TargetEncoder(new TargetEncoder.Params(0, 2, 0)).fit(x,
        Target.values(1, 10, 2, 20, 3, 30));
    assertEquals(20.0, m.encodings(0)[2], 1e-12);
  }
}
