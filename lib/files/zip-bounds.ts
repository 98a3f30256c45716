// ZIP archives (DOCX, XLSX, ODT, ODS) are checked before anything opens them:
// a few kilobytes can unpack to gigabytes (a "zip bomb"), and JSZip, mammoth
// and ExcelJS unpack whole parts into memory. The central directory declares
// each entry's size, but the declaration is the uploader's word, so every
// entry is also inflated here with its output capped at what it declared:
// one that would grow past it is refused after at most that many bytes. The
// work is bounded by the limits below, and a deadline stops it in any case.
// The check is only worth anything if it reads the entries the readers will:
// they all open archives with JSZip, which is lenient (it reads directory
// records past the declared count and shifts offsets that do not add up), so
// whatever JSZip could read differently from this check is refused.
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
export const DOCUMENT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxMilliseconds: 5_000,
};

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
export function zipProblem(
  bytes: Uint8Array,
  limits: ZipLimits = DOCUMENT_ZIP_LIMITS,
  now: () => number = Date.now,
): ZipProblem | null {
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
  const directorySize = u32(end + 12);
  const directoryOffset = u32(end + 16);
  // ZIP64 markers: no document we accept needs them. JSZip turns to a ZIP64
  // directory (found anywhere in the file) when any field of the end record
  // is at its maximum, so each of them is refused.
  const markers = [u16(end + 4), u16(end + 6), u16(end + 8), entries];
  if (markers.includes(0xffff) || directorySize === 0xffffffff || directoryOffset === 0xffffffff)
    return "TOO_LARGE_UNPACKED";
  if (entries > limits.maxEntries) return "TOO_MANY_ENTRIES";
  // JSZip shifts every offset in the file when the directory ends before the
  // end record, so one lying offset would make it read other records than these.
  if (directoryOffset + directorySize !== end) return "NOT_A_ZIP";

  type Entry = { method: number; compressed: number; uncompressed: number; local: number; names: string[] };
  const list: Entry[] = [];
  let declared = 0;
  let at = directoryOffset;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > end || u32(at) !== CENTRAL) return "NOT_A_ZIP";
    const entry = {
      method: u16(at + 10),
      compressed: u32(at + 20),
      uncompressed: u32(at + 24),
      local: u32(at + 42),
      names: centralNames(bytes, at),
    };
    if (entry.compressed === 0xffffffff || entry.uncompressed === 0xffffffff) return "TOO_LARGE_UNPACKED";
    declared += entry.uncompressed;
    if (declared > limits.maxUncompressedBytes) return "TOO_LARGE_UNPACKED";
    list.push(entry);
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  // JSZip reads records for as long as their signature follows, whatever the
  // end record counts: the directory must hold exactly the records checked.
  if (at !== end) return "NOT_A_ZIP";

  // Two entries of one name: JSZip keeps the last, while anything that
  // looked at the first (or at the names) saw something else.
  const seen = new Set<string>();
  for (const entry of list) {
    if (now() > deadline) return "TOO_SLOW";
    if (entry.local + 30 > bytes.length || u32(entry.local) !== LOCAL) return "NOT_A_ZIP";
    const localName = bytes.subarray(entry.local + 30, entry.local + 30 + u16(entry.local + 26));
    entry.names.push(resolvedName(localName));
    for (const name of new Set(entry.names)) {
      if (seen.has(name)) return "NOT_A_ZIP";
      seen.add(name);
    }
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
      if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        return "TOO_LARGE_UNPACKED";
      return "NOT_A_ZIP";
    }
    if (unpacked.length > entry.uncompressed) return "TOO_LARGE_UNPACKED";
  }
  return null;
}

/**
 * Every name JSZip could give the entry whose central record is at `at`: it
 * takes the local header's name (added by the caller), or the central
 * record's Unicode path field; the central name is added for readers that
 * use it. Counting all of them can only refuse more, never let a clash by.
 */
function centralNames(bytes: Uint8Array, at: number): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nameLength = view.getUint16(at + 28, true);
  const names = [resolvedName(bytes.subarray(at + 46, at + 46 + nameLength))];
  const extraEnd = at + 46 + nameLength + view.getUint16(at + 30, true);
  for (let field = at + 46 + nameLength; field + 4 <= extraEnd && field + 4 <= bytes.length;) {
    const length = view.getUint16(field + 2, true);
    // Info-ZIP Unicode path: a version byte, the CRC of the plain name, the name.
    if (view.getUint16(field, true) === 0x7075 && length > 5)
      names.push(resolvedName(bytes.subarray(field + 9, Math.min(field + 4 + length, bytes.length))));
    field += 4 + length;
  }
  return names;
}

/** A name as JSZip stores it: decoded as UTF-8, with "." and ".." resolved (its utils.resolve). */
function resolvedName(raw: Uint8Array): string {
  const result: string[] = [];
  const parts = Buffer.from(raw).toString("utf-8").split("/");
  parts.forEach((part, index) => {
    if (part === "." || (part === "" && index !== 0 && index !== parts.length - 1)) return;
    if (part === "..") result.pop();
    else result.push(part);
  });
  return result.join("/");
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
