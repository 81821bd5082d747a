// Text of a loaded file, read piece by piece: UTF-8 when every byte is valid UTF-8 (a strict
// decoder), otherwise Windows-1251, the code page Kazakh and Russian offices still save CSV in.
// A file that is not text at all (an image, a PDF, an XLSX/ZIP, any binary) is named as such
// from its first bytes, before anything is parsed.

export type Encoding = 'utf-8' | 'windows-1251';

/** utf16: text in UTF-16 with its byte-order mark; utf16_nobom: the same without it (every other byte zero). */
export type NotText = 'empty' | 'binary' | 'zip' | 'image' | 'pdf' | 'utf16' | 'utf16_nobom';

/** The signature of an OLE compound file: an Excel 97–2003 .xls, or a password-protected (encrypted) .xlsx. */
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether a file's first bytes are an OLE compound file's (neither kind is read: the reader is told why). */
export function isCompoundFile(head: Uint8Array): boolean {
  return COMPOUND.every((b, i) => head[i] === b);
}

/** What the first bytes of a file say it is, when it is plainly not a text file. */
export function sniffBinary(head: Uint8Array, size: number): NotText | undefined {
  if (size === 0) return 'empty';
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff) || starts(0x47, 0x49, 0x46, 0x38)) return 'image';
  // UTF-16 (Excel's "Unicode Text"): named as such, so the reader knows to save it as UTF-8.
  // (A UTF-32 mark FF FE 00 00 is left to the NUL test: binary.)
  if ((starts(0xff, 0xfe) && !starts(0xff, 0xfe, 0x00, 0x00)) || starts(0xfe, 0xff)) return 'utf16';
  if (looksUtf16(head)) return 'utf16_nobom';
  // Text files have no NUL bytes.
  for (let i = 0; i < head.length; i++) if (head[i] === 0) return 'binary';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark: Latin letters, digits and separators (as any CSV has) are a
 * zero byte beside a non-zero one, always on the same side (Cyrillic letters have no zero byte).
 * A quarter of the first pairs like that, all on one side, and no pair of zeros, is UTF-16; a
 * binary file has zeros on both sides and in pairs.
 */
export function looksUtf16(head: Uint8Array): boolean {
  const pairs = Math.floor(Math.min(head.length, 1024) / 2);
  if (pairs < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    const a = head[2 * i]!;
    const b = head[2 * i + 1]!;
    if (a === 0 && b === 0) return false;
    if (a === 0) even++;
    else if (b === 0) odd++;
  }
  return Math.max(even, odd) >= pairs * 0.25 && Math.min(even, odd) === 0;
}

/** Raised when a strict UTF-8 read meets a byte that is not UTF-8: read again as Windows-1251. */
export class NotUtf8 extends Error {}

/**
 * Decode chunks with one encoding, calling `onText` for each piece of text. With 'utf-8' the
 * decoder is strict and throws NotUtf8 on the first invalid byte (the caller starts over).
 */
export async function decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: Encoding, onText: (text: string, bytes: number) => void): Promise<void> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  try {
    for await (const chunk of chunks) onText(decoder.decode(chunk, { stream: true }), chunk.byteLength);
    onText(decoder.decode(), 0);
  } catch (e) {
    if (encoding === 'utf-8' && e instanceof TypeError) throw new NotUtf8('not UTF-8');
    throw e;
  }
}

/** A ReadableStream as an async iterable (Chromium has it natively; this keeps TypeScript and older engines happy). */
export async function* iterate(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
