/** crc32 against zlib's: the zip reader trusts it to tell a damaged part from a good one. */
import { describe, expect, it } from "@jest/globals";
import { crc32 as zlibCrc32 } from "zlib";
import { crc32 } from "../../../src/core/docx/crc32";

/** Deterministic bytes, so that a failure can be repeated. */
function bytes(length: number, seed: number): Uint8Array {
  let state = seed;
  return Uint8Array.from({ length }, () => (state = (state * 1103515245 + 12345) >>> 0) >>> 24);
}

describe("crc32", () => {
  it("agrees with zlib for every length around the eight-byte steps", () => {
    for (let length = 0; length <= 70; length++) {
      const data = bytes(length, length + 1);
      expect(crc32(data)).toBe(zlibCrc32(data));
    }
  });

  it("agrees with zlib on a part-sized input and on the known check value", () => {
    const data = bytes(1_000_003, 7);
    expect(crc32(data)).toBe(zlibCrc32(data));
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it("continues a running CRC across chunks of any split", () => {
    const data = bytes(97, 3);
    for (const split of [0, 1, 7, 8, 9, 50, 96, 97])
      expect(crc32(data.subarray(split), crc32(data.subarray(0, split)))).toBe(zlibCrc32(data));
  });
});
