package io.newsdesk.core.embed;

import static io.newsdesk.core.embed.OnnxGraphOutputs.concat;
import static io.newsdesk.core.embed.OnnxGraphOutputs.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OnnxGraphOutputsTest {

  /** A float tensor's type, three long. */
  private static byte[] floatsOfThree() {
    byte[] dim = message(1, 2, message(1, 0, 3));
    byte[] tensor = concat(message(1, 0, 1), message(2, 2, dim));
    return message(1, 2, tensor);
  }

  private static byte[] valueInfo(String name) {
    return concat(message(1, 2, name.getBytes(StandardCharsets.UTF_8)), message(2, 2, floatsOfThree()));
  }

  private static byte[] node(String in, String out, String op) {
    return concat(concat(message(1, 2, in.getBytes(StandardCharsets.UTF_8)),
        message(2, 2, out.getBytes(StandardCharsets.UTF_8))), message(4, 2, op.getBytes(StandardCharsets.UTF_8)));
  }

  /** y = relu(x), z = -y: a graph whose only output is z, y an inner value. */
  private static byte[] model() {
    byte[] graph = concat(concat(message(1, 2, node("x", "y", "Relu")), message(1, 2, node("y", "z", "Neg"))),
        concat(message(2, 2, "g".getBytes(StandardCharsets.UTF_8)),
            concat(message(11, 2, valueInfo("x")), message(12, 2, valueInfo("z")))));
    byte[] opset = message(2, 0, 13);
    return concat(concat(message(1, 0, 8), message(8, 2, opset)), message(7, 2, graph));
  }

  @Test
  void anInnerValueBecomesAnOutputTheSessionReturns() throws Exception {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession plain = env.createSession(model(), new OrtSession.SessionOptions())) {
      assertEquals(Set.of("z"), plain.getOutputNames());
    }
    byte[] edited = OnnxGraphOutputs.withOutputs(model(), List.of("y"));
    try (OrtSession session = env.createSession(edited, new OrtSession.SessionOptions());
        OnnxTensor x = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {-1f, 2f, 3f}), new long[] {3});
        OrtSession.Result result = session.run(Map.of("x", x))) {
      assertEquals(Set.of("y", "z"), session.getOutputNames());
      assertArrayEquals(new float[] {0f, 2f, 3f}, (float[]) result.get("y").orElseThrow().getValue());
      assertArrayEquals(new float[] {-0f, -2f, -3f}, (float[]) result.get("z").orElseThrow().getValue());
    }
  }

  @Test
  void refusesBytesThatAreNoModel() {
    assertThrows(IllegalArgumentException.class, () -> OnnxGraphOutputs.withOutputs(new byte[] {8, 1}, List.of("y")));
    assertThrows(IllegalArgumentException.class,
        () -> OnnxGraphOutputs.withOutputs(new byte[] {0x3a, 0x7f, 1}, List.of("y")));
    assertThrows(IllegalArgumentException.class, () -> OnnxGraphOutputs.withOutputs(new byte[] {(byte) 0xff},
        List.of("y")));
  }
}
