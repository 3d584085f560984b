/**
 * Node's zlib as the command line's inflater: native inflation and CRC-32 (over the corpus's parts as fast as fflate
 * on the smallest, two to three times as fast on the larger ones), and no JavaScript inflater for V8 to compile anew
 * in every run (issue 17).
 */
import { crc32 as zlibCrc32, inflateRawSync } from "zlib";
import type { Inflater } from "../core/docx";
import { crc32 } from "../core/docx/crc32";

/** A plain Uint8Array over the Buffer's bytes: the readers after it then meet one kind of array only. */
const plain = (buffer: Buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/** Output buffers of up to this size: a part of a real document in one (no joining of pieces), a lie costs no more. */
const LARGEST_CHUNK = 4 * 1024 * 1024;

export const nodeInflater: Inflater = {
  // zlib grows its output as it goes and throws a RangeError at maxOutputLength: memory stays bounded by the
  // declared size, however much the data would give.
  inflate: (compressed, declaredSize) =>
    plain(
      inflateRawSync(compressed, {
        maxOutputLength: declaredSize + 1,
        chunkSize: Math.max(64, Math.min(declaredSize + 1, LARGEST_CHUNK)),
      }),
    ),
  // zlib.crc32 came with Node 20.15; older Node 20 releases take ours.
  crc32: typeof zlibCrc32 === "function" ? (data) => zlibCrc32(data) : crc32,
};
