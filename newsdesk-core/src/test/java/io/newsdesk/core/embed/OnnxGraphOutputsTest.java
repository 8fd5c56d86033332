package io.newsdesk.core.embed;

import static io.newsdesk.core.embed.OnnxGraphOutputs.concat;
import static io.newsdesk.core.embed.OnnxGraphOutputs.bytes;
import static io.newsdesk.core.embed.OnnxGraphOutputs.number;
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
    byte[] dim = bytes(1, number(1, 3));
    return bytes(1, concat(number(1, 1), bytes(2, dim)));
  }

  private static byte[] text(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] valueInfo(String name) {
    return concat(text(1, name), bytes(2, floatsOfThree()));
  }

  private static byte[] node(String in, String out, String op) {
    return concat(text(1, in), text(2, out), text(4, op));
  }

  /** y = relu(x), z = -y: a graph whose only output is z, y an inner value. */
  private static byte[] model() {
    byte[] graph = concat(bytes(1, node("x", "y", "Relu")), bytes(1, node("y", "z", "Neg")), text(2, "g"),
        bytes(11, valueInfo("x")), bytes(12, valueInfo("z")));
    return concat(number(1, 8), bytes(8, number(2, 13)), bytes(7, graph));
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
