/** Hand-made ZIP archives for the hostile-input tests: every field can lie, ZIP64 can be forced. */
import { deflateSync, strToU8 } from "fflate";
import { crc32 } from "../../../src/core/docx/crc32";

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** Deflate (8, default) or store (0); anything else is written as given, with the data stored. */
  method?: number;
  flags?: number;
  /** Overrides of what the central directory claims. */
  declaredSize?: number;
  crc?: number;
  /** Precompressed data (for bombs built by streaming). */
  compressed?: Uint8Array;
  /** The entry's comment in the central directory. */
  comment?: string;
  /** Extra fields as written: in the local header; in the directory, before any ZIP64 field. */
  localExtra?: Uint8Array;
  centralExtra?: Uint8Array;
  /** Which of its values the directory moves into a ZIP64 field (all three when the archive is ZIP64). */
  zip64?: Zip64Value[];
}

export type Zip64Value = "size" | "compressedSize" | "offset";
const ALL_ZIP64: Zip64Value[] = ["size", "compressedSize", "offset"];

class Writer {
  private readonly parts: Uint8Array[] = [];
  length = 0;

  bytes(data: Uint8Array): void {
    this.parts.push(data);
    this.length += data.length;
  }

  u16(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }

  u32(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]));
  }

  u64(value: number): void {
    this.u32(value % 0x100000000);
    this.u32(Math.floor(value / 0x100000000));
  }

  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

interface Placed {
  entry: RawEntry;
  name: Uint8Array;
  raw: Uint8Array;
  stored: Uint8Array;
  offset: number;
}

function place(w: Writer, entry: RawEntry): Placed {
  const raw = typeof entry.data === "string" ? strToU8(entry.data) : entry.data;
  const method = entry.method ?? 8;
  const stored = entry.compressed ?? (method === 8 ? deflateSync(raw) : raw);
  const name = strToU8(entry.name);
  const offset = w.length;
  w.u32(0x04034b50);
  w.u16(20);
  w.u16(entry.flags ?? 0);
  w.u16(method);
  w.u16(0);
  w.u16(0x21);
  w.u32(entry.crc ?? crc32(raw));
  w.u32(stored.length);
  w.u32(entry.declaredSize ?? raw.length);
  w.u16(name.length);
  w.u16(entry.localExtra?.length ?? 0);
  w.bytes(name);
  if (entry.localExtra) w.bytes(entry.localExtra);
  w.bytes(stored);
  return { entry, name, raw, stored, offset };
}

function central(w: Writer, p: Placed, zip64: boolean): void {
  const size = p.entry.declaredSize ?? p.raw.length;
  const moved = new Set(zip64 ? ALL_ZIP64 : (p.entry.zip64 ?? []));
  const values: Record<Zip64Value, number> = { size, compressedSize: p.stored.length, offset: p.offset };
  const inZip64 = ALL_ZIP64.filter((value) => moved.has(value));
  const foreign = p.entry.centralExtra ?? new Uint8Array(0);
  const comment = strToU8(p.entry.comment ?? "");
  w.u32(0x02014b50);
  w.u16(45);
  w.u16(moved.size > 0 ? 45 : 20);
  w.u16(p.entry.flags ?? 0);
  w.u16(p.entry.method ?? 8);
  w.u16(0);
  w.u16(0x21);
  w.u32(p.entry.crc ?? crc32(p.raw));
  w.u32(moved.has("compressedSize") ? 0xffffffff : values.compressedSize);
  w.u32(moved.has("size") ? 0xffffffff : size);
  w.u16(p.name.length);
  w.u16(foreign.length + (inZip64.length > 0 ? 4 + 8 * inZip64.length : 0));
  w.u16(comment.length);
  w.u16(0);
  w.u16(0);
  w.u32(0);
  w.u32(moved.has("offset") ? 0xffffffff : p.offset);
  w.bytes(p.name);
  w.bytes(foreign);
  if (inZip64.length > 0) {
    w.u16(0x0001);
    w.u16(8 * inZip64.length);
    for (const value of inZip64) w.u64(values[value]);
  }
  w.bytes(comment);
}

/** Where a four-byte signature (a ZIP record's, little-endian) last occurs in `bytes`. */
export function lastSignature(bytes: Uint8Array, signature: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let at = bytes.length - 4; at >= 0; at--) if (view.getUint32(at, true) === signature) return at;
  throw new Error("no such signature");
}

/** A ZIP archive of `entries`; with `zip64`, every size and offset sits in ZIP64 records. */
export function buildZip(
  entries: RawEntry[],
  options: { zip64?: boolean; declaredCount?: number; comment?: string; disk?: number } = {},
): Uint8Array {
  const w = new Writer();
  const placed = entries.map((e) => place(w, e));
  const directoryStart = w.length;
  placed.forEach((p) => central(w, p, options.zip64 ?? false));
  const directorySize = w.length - directoryStart;
  const count = options.declaredCount ?? entries.length;
  if (options.zip64) {
    const record = w.length;
    w.u32(0x06064b50);
    w.u64(44);
    w.u16(45);
    w.u16(45);
    w.u32(0);
    w.u32(0);
    w.u64(count);
    w.u64(count);
    w.u64(directorySize);
    w.u64(directoryStart);
    w.u32(0x07064b50);
    w.u32(0);
    w.u64(record);
    w.u32(1);
  }
  w.u32(0x06054b50);
  w.u16(options.disk ?? 0);
  w.u16(options.disk ?? 0);
  w.u16(options.zip64 ? 0xffff : Math.min(count, 0xffff));
  w.u16(options.zip64 ? 0xffff : Math.min(count, 0xffff));
  w.u32(options.zip64 ? 0xffffffff : directorySize);
  w.u32(options.zip64 ? 0xffffffff : directoryStart);
  const comment = strToU8(options.comment ?? "");
  w.u16(comment.length);
  w.bytes(comment);
  return w.result();
}

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const TRANSITIONAL_OFFICE_DOCUMENT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
export const STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

export function rels(target: string, type = TRANSITIONAL_OFFICE_DOCUMENT): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`;
}

export function documentXml(body: string, namespace = W): string {
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${namespace}"><w:body>${body}</w:body></w:document>`;
}

/** A minimal package: relationships to `path`, the document there. */
export function minimalDocx(
  body: string,
  path = "word/document.xml",
  options: { namespace?: string; relType?: string } = {},
): Uint8Array {
  return buildZip([
    { name: "_rels/.rels", data: rels(path, options.relType) },
    { name: path, data: documentXml(body, options.namespace) },
  ]);
}

/** Writes bits least significant first, as DEFLATE packs them. */
class BitWriter {
  private readonly out: Uint8Array;
  private at = 0;
  private bit = 0;

  constructor(capacity: number) {
    this.out = new Uint8Array(capacity);
  }

  /** A Huffman code: most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.put((value >> i) & 1);
  }

  put(bit: number): void {
    if (bit) this.out[this.at] |= 1 << this.bit;
    if (++this.bit === 8) {
      this.bit = 0;
      this.at++;
    }
  }

  result(): Uint8Array {
    return this.out.subarray(0, this.at + 1);
  }
}

/**
 * A raw DEFLATE stream of `size` spaces, written directly with fixed Huffman codes: one literal, then
 * matches of 258 bytes at distance 1 (13 bits each). Building a 1 GB bomb this way takes milliseconds.
 */
export function spacesBomb(size: number): Uint8Array {
  const matches = Math.floor((size - 1) / 258);
  const w = new BitWriter(Math.ceil((matches * 13 + 64) / 8) + 8);
  w.put(1);
  w.put(1);
  w.put(0); // final block, fixed Huffman (BTYPE 01, low bit first)
  w.code(0x30 + 0x20, 8); // literal ' '
  for (let i = 0; i < matches; i++) {
    w.code(0b11000101, 8); // length code 285: 258 bytes
    w.code(0, 5); // distance code 0: distance 1
  }
  w.code(0, 7); // end of block (256)
  return w.result();
}
