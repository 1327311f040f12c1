package praxis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Neural-network hyperparameters given wrongly on the command line: an unknown activation name gives one
 * line on standard error that names the parameter, the bad value and every valid activation, with the usage
 * exit code and no stack trace; the output-only softmax as a hidden activation is refused the same way.
 */
class NeuralCliBadInputTest {
  private static String oneLine(CliRunner.Run r) {
    assertEquals(Main.USAGE, r.code(), r.toString());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), "exactly one line on stderr: " + r);
    assertTrue(err.startsWith("praxis: error: "), r.toString());
    assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + r);
    return err;
  }

  @Test
  void unknownActivationListsTheValidNames() {
    String msg = oneLine(CliRunner.run("train", "builtin:iris", "--model", "mlp_classifier", "-p", "activation=foo"));
    System.out.println(msg);
    assertTrue(msg.contains("activation") && msg.contains("'foo'"), msg);
    for (String name : new String[] {"relu", "leaky_relu", "elu", "gelu", "sigmoid", "tanh"}) {
      assertTrue(msg.contains(name), "lists " + name + ": " + msg);
    }
  }

  @Test
  void softmaxIsNotAHiddenActivation() {
    String msg = oneLine(CliRunner.run("train", "builtin:iris", "--model", "mlp_regressor", "-p",
        "activation=softmax"));
    assertTrue(msg.contains("softmax") && msg.contains("relu"), msg);
  }
}
