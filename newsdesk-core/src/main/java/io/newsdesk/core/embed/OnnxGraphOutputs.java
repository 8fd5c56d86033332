package io.newsdesk.core.embed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Makes inner values of an ONNX model into outputs of its graph, so that a session can return them (an encoder's
 * middle layers, which ONNX Runtime otherwise computes and throws away). Works on the model's protocol-buffer bytes
 * directly: the graph (field 7 of {@code ModelProto}) gets one more {@code ValueInfoProto} output (field 12 of
 * {@code GraphProto}) per name, of float tensors; every other byte is kept as it is. A repeated field may be
 * written anywhere in its message, so appending is enough, and no ONNX library is needed for it.
 */
final class OnnxGraphOutputs {

  private static final int MODEL_GRAPH = 7;
  private static final int GRAPH_OUTPUT = 12;
  private static final int VALUE_INFO_NAME = 1;
  private static final int VALUE_INFO_TYPE = 2;
  private static final int TYPE_TENSOR = 1;
  private static final int TENSOR_ELEMENT_TYPE = 1;
  private static final int FLOAT = 1;

  private OnnxGraphOutputs() {}

  /** {@code model} with the values {@code names} (outputs of its nodes) as outputs of its graph too. */
  static byte[] withOutputs(byte[] model, List<String> names) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(model.length + 256 * names.size());
    int[] at = {0};
    boolean graphSeen = false;
    while (at[0] < model.length) {
      int start = at[0];
      long key = varint(model, at);
      int field = (int) (key >>> 3);
      int wire = (int) (key & 7);
      switch (wire) {
        case 0 -> varint(model, at);
        case 1 -> at[0] += 8;
        case 5 -> at[0] += 4;
        case 2 -> {
          int length = Math.toIntExact(varint(model, at));
          if (length > model.length - at[0]) {
            throw new IllegalArgumentException("not an ONNX model: truncated at byte " + start);
          }
          if (field == MODEL_GRAPH) {
            ByteArrayOutputStream graph = new ByteArrayOutputStream(length + 256 * names.size());
            graph.write(model, at[0], length);
            for (String name : names) {
              byte[] type = bytes(TYPE_TENSOR, number(TENSOR_ELEMENT_TYPE, FLOAT));
              byte[] info = concat(bytes(VALUE_INFO_NAME, name.getBytes(StandardCharsets.UTF_8)),
                  bytes(VALUE_INFO_TYPE, type));
              graph.writeBytes(bytes(GRAPH_OUTPUT, info));
            }
            out.writeBytes(bytes(MODEL_GRAPH, graph.toByteArray()));
            graphSeen = true;
            at[0] += length;
            continue;
          }
          at[0] += length;
        }
        default -> throw new IllegalArgumentException("not an ONNX model: wire type " + wire + " at byte " + start);
      }
      if (at[0] > model.length) {
        throw new IllegalArgumentException("not an ONNX model: truncated at byte " + start);
      }
      out.write(model, start, at[0] - start);
    }
    if (!graphSeen) {
      throw new IllegalArgumentException("not an ONNX model: it has no graph");
    }
    return out.toByteArray();
  }

  private static long varint(byte[] bytes, int[] at) {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at[0] >= bytes.length) {
        throw new IllegalArgumentException("not an ONNX model: truncated number at byte " + at[0]);
      }
      int b = bytes[at[0]++] & 0xff;
      value |= (long) (b & 0x7f) << shift;
      if (b < 0x80) {
        return value;
      }
    }
    throw new IllegalArgumentException("not an ONNX model: overlong number at byte " + at[0]);
  }

  /** One field holding a number (wire type 0). */
  static byte[] number(int field, long value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, (long) field << 3);
    writeVarint(out, value);
    return out.toByteArray();
  }

  /** One field holding bytes: a string or a message (wire type 2). */
  static byte[] bytes(int field, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, ((long) field << 3) | 2);
    writeVarint(out, payload.length);
    out.writeBytes(payload);
    return out.toByteArray();
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    while ((value & ~0x7fL) != 0) {
      out.write((int) ((value & 0x7f) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
