/**
 * A ZIP reader for untrusted .docx packages. It reads the central directory itself (so entry count and
 * offsets are checked before anything is inflated) and inflates through fflate within a budget: a part whose
 * worst case is small in one call into a buffer of its declared size, any other in small chunks, counting every
 * byte, so that a zip bomb is stopped as soon as it exceeds the budget, not after it filled memory.
 */
import { Inflate, inflateSync } from "fflate";
import { crc32 } from "./crc32";

export interface ZipLimits {
  /** More entries than any real document has; refused before the directory is read. */
  maxEntries: number;
  /** Bytes that all inflated entries together may take. */
  maxInflatedBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxInflatedBytes: 256 * 1024 * 1024 };

/**
 * Inflates raw DEFLATE data and checks what came out. The command line hands in Node's zlib (native, and no
 * JavaScript inflater to compile); everywhere else fflate does the work.
 */
export interface Inflater {
  /**
   * The inflated bytes of an entry declared as `declaredSize` bytes: never more than one byte beyond that (a stream
   * that would give more ends there or throws a RangeError), so that a lying entry cannot fill memory. Throws on
   * damaged data.
   */
  inflate(compressed: Uint8Array, declaredSize: number): Uint8Array;
  crc32(data: Uint8Array): number;
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

/** A problem with the archive; its message is German, one line, for the user. */
export class ZipError extends Error {}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032:1, so one push yields ≤ 17 MB. */
const INFLATE_CHUNK = 16 * 1024;
/**
 * DEFLATE expands at most 1,032-fold. Where even that worst case stays below this many bytes, fflate inflates an
 * entry in one call into a buffer of its declared size (plus one byte, to see a longer stream): a third of the time of
 * the streamed inflation. Beyond it, streaming stops a bomb the moment it passes its limit.
 */
const DEFLATE_MAX_RATIO = 1032;
const ONE_CALL_WORST_CASE = 64 * 1024 * 1024;

const DAMAGED = "Die Datei ist beschädigt";
const tooLong = () => new ZipError(`${DAMAGED} (ein Teil ist größer als angegeben).`);

class Bytes {
  constructor(readonly data: Uint8Array) {}

  u16(at: number): number {
    this.need(at, 2);
    return this.data[at] | (this.data[at + 1] << 8);
  }

  u32(at: number): number {
    this.need(at, 4);
    return (this.data[at] | (this.data[at + 1] << 8) | (this.data[at + 2] << 16) | (this.data[at + 3] << 24)) >>> 0;
  }

  /** 64-bit values of ZIP64, as long as they fit a safe integer (anything larger cannot be in this file anyway). */
  u64(at: number): number {
    const high = this.u32(at + 4);
    if (high > 0x1fffff) throw new ZipError(`${DAMAGED} (unmögliche Größenangabe im ZIP64-Verzeichnis).`);
    return high * 0x100000000 + this.u32(at);
  }

  need(at: number, length: number): void {
    if (at < 0 || at + length > this.data.length)
      throw new ZipError(`${DAMAGED} oder unvollständig (Verweis hinter das Dateiende).`);
  }
}

/**
 * The end record: the one whose comment reaches exactly to the end of the file, so that its signature written inside a
 * comment is not taken for it. Failing that, bytes were appended after the archive, which follow its end record: the
 * earliest signature.
 */
function findEndOfCentralDirectory(bytes: Bytes): number {
  const data = bytes.data;
  const lowest = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  let earliest = -1;
  for (let at = data.length - EOCD_SIZE; at >= lowest; at--) {
    if (data[at] !== 0x50 || data[at + 1] !== 0x4b || bytes.u32(at) !== SIG_EOCD) continue;
    if (at + EOCD_SIZE + bytes.u16(at + 20) === data.length) return at;
    earliest = at;
  }
  if (earliest >= 0) return earliest;
  throw new ZipError(
    "Die Datei ist unvollständig oder beschädigt: das Inhaltsverzeichnis des ZIP-Archivs fehlt (abgeschnitten?).",
  );
}

interface Directory {
  count: number;
  offset: number;
  size: number;
}

function readDirectoryLocation(bytes: Bytes, eocd: number): Directory {
  if (bytes.u16(eocd + 4) !== 0 || bytes.u16(eocd + 6) !== 0) {
    throw new ZipError("Die Datei ist ein mehrteiliges ZIP-Archiv; solche Archive werden nicht gelesen.");
  }
  const directory = { count: bytes.u16(eocd + 10), size: bytes.u32(eocd + 12), offset: bytes.u32(eocd + 16) };
  const usesZip64 = directory.count === 0xffff || directory.size === 0xffffffff || directory.offset === 0xffffffff;
  const locator = eocd - 20;
  if (!usesZip64 || locator < 0 || bytes.u32(locator) !== SIG_ZIP64_LOCATOR) return directory;
  const record = bytes.u64(locator + 8);
  if (bytes.u32(record) !== SIG_ZIP64_EOCD) throw new ZipError(`${DAMAGED} (ZIP64-Verzeichnis nicht gefunden).`);
  return { count: bytes.u64(record + 32), size: bytes.u64(record + 40), offset: bytes.u64(record + 48) };
}

/** ZIP64 stores sizes and offsets that overflow 32 bits in an extra field, in this fixed order. */
function applyZip64Extra(bytes: Bytes, entry: ZipEntry, extraStart: number, extraEnd: number): void {
  for (let at = extraStart; at + 4 <= extraEnd;) {
    const id = bytes.u16(at);
    const length = bytes.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + length) throw new ZipError(`${DAMAGED} (ZIP64-Angaben unvollständig).`);
        const value = bytes.u64(field);
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

const nameDecoder = new TextDecoder("utf-8");

function readCentralEntry(bytes: Bytes, at: number): { entry: ZipEntry; next: number } {
  if (bytes.u32(at) !== SIG_CENTRAL) throw new ZipError(`${DAMAGED} (Eintrag im ZIP-Inhaltsverzeichnis ungültig).`);
  const nameLength = bytes.u16(at + 28);
  const extraLength = bytes.u16(at + 30);
  const commentLength = bytes.u16(at + 32);
  bytes.need(at + CENTRAL_SIZE, nameLength + extraLength + commentLength);
  const nameStart = at + CENTRAL_SIZE;
  const entry: ZipEntry = {
    name: nameDecoder.decode(bytes.data.subarray(nameStart, nameStart + nameLength)),
    flags: bytes.u16(at + 8),
    method: bytes.u16(at + 10),
    crc: bytes.u32(at + 16),
    compressedSize: bytes.u32(at + 20),
    size: bytes.u32(at + 24),
    localHeaderOffset: bytes.u32(at + 42),
  };
  applyZip64Extra(bytes, entry, nameStart + nameLength, nameStart + nameLength + extraLength);
  return { entry, next: nameStart + nameLength + extraLength + commentLength };
}

export class ZipArchive {
  private readonly bytes: Bytes;
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private inflatedBytes = 0;

  constructor(
    data: Uint8Array,
    private readonly limits: ZipLimits = DEFAULT_ZIP_LIMITS,
    private readonly inflater: Inflater = FFLATE,
  ) {
    // A plain Uint8Array view, whatever came (Node's Buffer is a subclass): the inflater then meets one kind of array
    // only, and its optimised code is not thrown away and rebuilt for the other (415 ms of compiling over the corpus).
    this.bytes = new Bytes(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    const directory = readDirectoryLocation(this.bytes, findEndOfCentralDirectory(this.bytes));
    if (directory.count > limits.maxEntries) {
      throw new ZipError(
        `Das ZIP-Archiv hat ${directory.count} Einträge, mehr als ${limits.maxEntries}; es wird nicht gelesen.`,
      );
    }
    this.bytes.need(directory.offset, directory.size);
    this.entries = this.readEntries(directory);
    // OPC part names are case-insensitive; the first of two equal names wins.
    for (const entry of this.entries)
      if (!this.byName.has(entry.name.toLowerCase())) this.byName.set(entry.name.toLowerCase(), entry);
  }

  private readEntries(directory: Directory): ZipEntry[] {
    const entries: ZipEntry[] = [];
    let at = directory.offset;
    for (let i = 0; i < directory.count; i++) {
      const { entry, next } = readCentralEntry(this.bytes, at);
      entries.push(entry);
      at = next;
    }
    return entries;
  }

  find(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The entry's bytes, inflated within the remaining budget and checked against its CRC. */
  read(entry: ZipEntry): Uint8Array {
    if (entry.flags & 0x41)
      throw new ZipError("Die Datei ist verschlüsselt (passwortgeschützt) und kann nicht gelesen werden.");
    if (entry.method !== 0 && entry.method !== 8) {
      throw new ZipError(
        `Der Teil „${entry.name}“ ist mit einem nicht unterstützten Verfahren komprimiert (Methode ${entry.method}).`,
      );
    }
    // Within the budget by its declared size; inflating stops where the part grows past that size.
    if (entry.size > this.limits.maxInflatedBytes - this.inflatedBytes) throw this.tooLarge();
    const compressed = this.compressedData(entry);
    const data = entry.method === 0 ? compressed.slice() : this.inflate(compressed, entry.size);
    if (data.length !== entry.size || this.inflater.crc32(data) !== entry.crc)
      throw new ZipError(`${DAMAGED} (Prüfsumme von „${entry.name}“ stimmt nicht).`);
    this.inflatedBytes += data.length;
    return data;
  }

  private compressedData(entry: ZipEntry): Uint8Array {
    const at = entry.localHeaderOffset;
    if (this.bytes.u32(at) !== SIG_LOCAL)
      throw new ZipError(`${DAMAGED} (Teil „${entry.name}“ nicht an der angegebenen Stelle).`);
    const start = at + LOCAL_SIZE + this.bytes.u16(at + 26) + this.bytes.u16(at + 28);
    this.bytes.need(start, entry.compressedSize);
    return this.bytes.data.subarray(start, start + entry.compressedSize);
  }

  private inflate(compressed: Uint8Array, declaredSize: number): Uint8Array {
    // No data at all reads as empty (fflate's one call would hand back its buffer of one byte, zlib would throw).
    if (compressed.length === 0) return new Uint8Array(0);
    try {
      const data = this.inflater.inflate(compressed, declaredSize);
      if (data.length > declaredSize) throw tooLong();
      return data;
    } catch (error) {
      if (error instanceof ZipError) throw error;
      // Past the limit: fflate copying a stored block beyond its buffer, zlib at its maximum output.
      // By name: the typed array may come from another realm (a test's context, a frame) than this RangeError.
      if ((error as Error | null)?.name === "RangeError") throw tooLong();
      throw new ZipError(`${DAMAGED} (komprimierte Daten fehlerhaft oder abgeschnitten).`);
    }
  }

  private tooLarge(): ZipError {
    const bytes = this.limits.maxInflatedBytes;
    const amount = bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
    return new ZipError(`Die Datei entpackt sich zu mehr als ${amount} (ZIP-Bombe?) und wird nicht gelesen.`);
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** fflate: a part whose worst case is small in one call into a buffer of its size, any other in chunks. */
const FFLATE: Inflater = {
  inflate(compressed, declaredSize) {
    // fflate's one call decodes the whole stream even past its buffer: only where even the worst case is small.
    const worstCase = compressed.length * DEFLATE_MAX_RATIO;
    if (worstCase > ONE_CALL_WORST_CASE) return inflateStreamed(compressed, declaredSize);
    // It writes nothing past the buffer's end: a stream longer than declared fills it to one byte more. A declared
    // size beyond the worst case is a lie the length check catches; no buffer is made for it.
    return inflateSync(compressed, { out: new Uint8Array(Math.min(declaredSize, worstCase) + 1) });
  },
  crc32,
};

/** Inflates in chunks and stops the moment the output passes its declared size: a lying entry costs milliseconds. */
function inflateStreamed(compressed: Uint8Array, declaredSize: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    if (length > declaredSize) throw tooLong();
    chunks.push(chunk);
  });
  for (let at = 0; at < compressed.length; at += INFLATE_CHUNK) {
    const end = Math.min(at + INFLATE_CHUNK, compressed.length);
    inflater.push(compressed.subarray(at, end), end >= compressed.length);
  }
  return concat(chunks, length);
}
