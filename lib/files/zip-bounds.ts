// ZIP archives (DOCX, XLSX, ODT, ODS) are checked before anything opens them:
// a few kilobytes can unpack to gigabytes (a "zip bomb"), and JSZip, mammoth
// and ExcelJS unpack whole parts into memory. The central directory declares
// each entry's size, but the declaration is the uploader's word, so every
// entry is also inflated here with its output capped at what it declared:
// one that would grow past it is refused after at most that many bytes. The
// work is bounded by the limits below, and a deadline stops it in any case.
import { inflateRawSync } from "node:zlib";

export interface ZipLimits {
  /** All entries together, unpacked. */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Time for the check itself. */
  maxMilliseconds: number;
}

/**
 * Real documents stay far below: a 20 MB spreadsheet of plain cells unpacks to
 * about 150 MB, a text document with pictures to little more than its size.
 */
export const DOCUMENT_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 200 * 1024 * 1024, maxEntries: 10_000, maxMilliseconds: 5_000 };

export type ZipProblem = "NOT_A_ZIP" | "TOO_LARGE_UNPACKED" | "TOO_MANY_ENTRIES" | "TOO_SLOW";

/** An archive refused by its bounds: it is not opened further. */
export class ArchiveBoundsError extends Error {
  constructor(readonly problem: Exclude<ZipProblem, "NOT_A_ZIP">) {
    super(problem);
    this.name = "ArchiveBoundsError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Null when the archive keeps within `limits`, else what is wrong with it. */
export function zipProblem(bytes: Uint8Array, limits: ZipLimits = DOCUMENT_ZIP_LIMITS, now: () => number = Date.now): ZipProblem | null {
  const deadline = now() + limits.maxMilliseconds;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  // The end record sits in the last 22 bytes plus a comment of at most 64 KB.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return "NOT_A_ZIP";
  const entries = u16(end + 10);
  const directoryOffset = u32(end + 16);
  // ZIP64 markers: no document we accept needs them.
  if (entries === 0xffff || directoryOffset === 0xffffffff) return "TOO_LARGE_UNPACKED";
  if (entries > limits.maxEntries) return "TOO_MANY_ENTRIES";

  type Entry = { method: number; compressed: number; uncompressed: number; local: number };
  const list: Entry[] = [];
  let declared = 0;
  let at = directoryOffset;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) return "NOT_A_ZIP";
    const entry = { method: u16(at + 10), compressed: u32(at + 20), uncompressed: u32(at + 24), local: u32(at + 42) };
    if (entry.compressed === 0xffffffff || entry.uncompressed === 0xffffffff) return "TOO_LARGE_UNPACKED";
    declared += entry.uncompressed;
    if (declared > limits.maxUncompressedBytes) return "TOO_LARGE_UNPACKED";
    list.push(entry);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }

  for (const entry of list) {
    if (now() > deadline) return "TOO_SLOW";
    if (entry.local + 30 > bytes.length || u32(entry.local) !== LOCAL) return "NOT_A_ZIP";
    const start = entry.local + 30 + u16(entry.local + 26) + u16(entry.local + 28);
    if (start + entry.compressed > bytes.length) return "NOT_A_ZIP";
    const data = bytes.subarray(start, start + entry.compressed);
    if (entry.method === 0) {
      if (entry.compressed !== entry.uncompressed) return "NOT_A_ZIP";
      continue;
    }
    if (entry.method !== 8) return "NOT_A_ZIP";
    // Some writers store an empty entry as "deflated" with no bytes at all.
    if (entry.compressed === 0 && entry.uncompressed === 0) continue;
    let unpacked: Buffer;
    try {
      // One byte over the declared size is enough to know the declaration is false.
      unpacked = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressed + 1) });
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return "TOO_LARGE_UNPACKED";
      return "NOT_A_ZIP";
    }
    if (unpacked.length > entry.uncompressed) return "TOO_LARGE_UNPACKED";
  }
  return null;
}

/**
 * False for bytes that are no well-formed archive (whatever reads them next
 * must not open them either); throws ArchiveBoundsError for one past its bounds.
 */
export function zipWithinBounds(bytes: Uint8Array, limits: ZipLimits = DOCUMENT_ZIP_LIMITS): boolean {
  const problem = zipProblem(bytes, limits);
  if (problem === "NOT_A_ZIP") return false;
  if (problem) throw new ArchiveBoundsError(problem);
  return true;
}

/** Readers are given this long for an archive within its bounds. */
export const DOCUMENT_READ_MILLISECONDS = 20_000;

/**
 * The reader's result, or ArchiveBoundsError("TOO_SLOW") once `ms` have
 * passed. The request stops waiting; what the reader still does in the
 * background is bounded by the archive's checked size.
 */
export async function readWithin<T>(read: () => Promise<T>, ms = DOCUMENT_READ_MILLISECONDS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ArchiveBoundsError("TOO_SLOW")), ms);
  });
  try {
    return await Promise.race([read(), late]);
  } finally {
    clearTimeout(timer);
  }
}
