package dev.haven.core.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8DecodingTest {

  /** The strict decoder the reader used before: the fast decoding must accept and return exactly what it does. */
  private static Optional<String> strict(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> fast(byte[] bytes) {
    try {
      return Optional.of(TreeReader.decodeUtf8(bytes));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  @Test
  void malformedSequencesAreRefused() {
    for (byte[] bad : new byte[][] {{(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {'a', (byte) 0xE2, (byte) 0x82}}) {
      assertThrows(CharacterCodingException.class, () -> TreeReader.decodeUtf8(bad));
    }
  }

  @Test
  void theFastDecodingAgreesWithTheStrictDecoderOnRandomBytes() {
    // bytes drawn from the ones UTF-8 is made of, so that valid multi-byte sequences, and near misses, are common
    byte[] alphabet = {'a', ' ', '\n', (byte) 0xA7, (byte) 0xC2, (byte) 0xC3, (byte) 0xE2, (byte) 0x80,
        (byte) 0x9C, (byte) 0xBF, (byte) 0xED, (byte) 0xA0, (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0xEF,
        (byte) 0xBB, (byte) 0xC0, (byte) 0xF8, (byte) 0xFF};
    Random random = new Random(20261122);
    for (int n = 0; n < 300_000; n++) {
      byte[] bytes = new byte[random.nextInt(9)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      assertEquals(strict(bytes), fast(bytes), () -> java.util.HexFormat.ofDelimiter(" ").formatHex(bytes));
    }
  }

  @Test
  void textInEveryPlaneDecodesToItself() {
    String text = "§ 28-250 “quoted” — Ñandú 中文 😀 \uFEFFbom";
    assertEquals(Optional.of(text), fast(text.getBytes(StandardCharsets.UTF_8)));
  }
}
