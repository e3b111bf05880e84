import { FILE_EXTENSIONS, FILE_KIND_LABELS, fileExtension, listOf, type FileKind } from '@luzhi/shared';
import { AppError } from './errors';

/**
 * Uploaded files are judged by their bytes, not by their names. Domains call `checkUpload` before
 * they parse or store anything (a deputy import, a reply's attachment); a file whose content is
 * not what its name says, or not of a kind the caller accepts, is refused.
 *
 * Stored uploads must be served back with their checked type, `Content-Disposition: attachment`
 * and `X-Content-Type-Options: nosniff` (helmet sets the latter), so a browser never renders them.
 */
export type { FileKind };

export const MIME_TYPES: Record<FileKind, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
  csv: 'text/csv; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  zip: 'application/zip',
  html: 'text/html; charset=utf-8',
};

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Whether a zip archive names a part, by the names in its local file headers. */
function zipHasEntry(bytes: Uint8Array, prefix: string): boolean {
  const want = Buffer.from(prefix, 'latin1');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buf.indexOf('PK\x03\x04', 0, 'latin1'); at !== -1 && at + 30 <= buf.length; at = buf.indexOf('PK\x03\x04', at + 4, 'latin1')) {
    const nameLength = buf.readUInt16LE(at + 26);
    const name = buf.subarray(at + 30, at + 30 + nameLength);
    if (name.subarray(0, want.length).equals(want)) return true;
  }
  // Also the central directory, for archives written with data descriptors.
  for (let at = buf.indexOf('PK\x01\x02', 0, 'latin1'); at !== -1 && at + 46 <= buf.length; at = buf.indexOf('PK\x01\x02', at + 4, 'latin1')) {
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 46, at + 46 + nameLength);
    if (name.subarray(0, want.length).equals(want)) return true;
  }
  return false;
}

/** The compound-file signature of the Office formats before 2007 (.doc, .xls). */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The names in a compound file's directory: 128-byte entries, in sectors that follow the 512-byte
 * header, each a zero-ended UTF-16 name, its length in bytes (offset 64) and its type (66: storage,
 * stream or root). Read by position rather than by following the sector chains: enough to tell
 * the kind, and a document's text that happens to spell a name is not taken for one.
 */
function oleNames(bytes: Uint8Array): Set<string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new Set<string>();
  for (let at = 512; at + 128 <= buf.length; at += 128) {
    const length = buf.readUInt16LE(at + 64);
    if (length < 4 || length > 64 || length % 2 || buf.readUInt16LE(at + length - 2) !== 0 || ![1, 2, 5].includes(buf[at + 66]!)) continue;
    names.add(buf.toString('utf16le', at, at + length - 2));
  }
  return names;
}

/**
 * A compound file by the streams it holds: Word keeps its text in "WordDocument", Excel its sheets
 * in "Workbook" ("Book" before Excel 97). One with a VBA project (macros) is not taken, nor any
 * other compound file (.msi, .ppt, …).
 */
function oleKind(bytes: Uint8Array): FileKind | null {
  const names = oleNames(bytes);
  if (names.has('Macros') || names.has('_VBA_PROJECT_CUR') || names.has('VBA')) return null;
  if (names.has('WordDocument')) return 'doc';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  return null;
}

function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // GB18030 / GBK exports from older office software are common here: accept them as text too.
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
}

function textKind(text: string): FileKind | null {
  const body = text.replace(/^\uFEFF/, '');
  // Control characters other than tab, newline, carriage return and form feed: not text.
  if (/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/.test(body)) return null;
  if (/^\s*<(!doctype\s+html|html|head|body|script|svg|iframe|\?xml)/i.test(body) || /<script[\s>]/i.test(body)) return 'html';
  const lines = body.split(/\r?\n/).filter((l) => l.length).slice(0, 20);
  for (const delimiter of [',', '\t', ';']) {
    const counts = lines.map((l) => l.split(delimiter).length - 1);
    if (lines.length >= 2 && counts[0]! > 0 && counts.every((c) => c === counts[0])) return 'csv';
  }
  return 'text';
}

/** The kind of file these bytes are, from their magic numbers and structure; null when unknown. */
export function sniffFileType(bytes: Uint8Array): FileKind | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('PK\x03\x04')) || startsWith(bytes, ascii('PK\x05\x06'))) {
    if (!zipHasEntry(bytes, '[Content_Types].xml')) return 'zip';
    // A workbook or document with macros (vbaProject.bin) is an .xlsm or .docm whatever its name: not taken.
    if (zipHasEntry(bytes, 'xl/')) return zipHasEntry(bytes, 'xl/vbaProject.bin') ? null : 'xlsx';
    if (zipHasEntry(bytes, 'word/')) return zipHasEntry(bytes, 'word/vbaProject.bin') ? null : 'docx';
    return 'zip';
  }
  if (startsWith(bytes, OLE2)) return oleKind(bytes);
  // Other binary formats with a known signature are not text, whatever their bytes decode to.
  if (startsWith(bytes, ascii('MZ')) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return null;
  const text = decodeText(bytes);
  return text === null ? null : textKind(text);
}

export interface CheckedUpload {
  kind: FileKind;
  mimeType: string;
}

/**
 * Refuses a file that is too large, whose name is not of a kind the caller takes, whose content
 * is of no kind we know, or whose content is not what its name promises; every refusal names the
 * kinds the caller takes. Returns the kind to store it as: what the name stands for (comma lines
 * in a .txt are text to a caller that takes text and not CSV).
 */
export function checkUpload(file: { filename: string; bytes: Uint8Array }, accept: readonly FileKind[], maxBytes = 20 * 1024 * 1024): CheckedUpload {
  const name = file.filename.slice(0, 200);
  const accepted = listOf(accept.map((k) => FILE_KIND_LABELS[k]));
  if (file.bytes.byteLength > maxBytes) throw new AppError('BAD_USER_INPUT', 'upload.tooLarge', { name, max: `${Math.round(maxBytes / 1024 / 1024)} MB` });
  const ext = fileExtension(name);
  const promised = ext ? FILE_EXTENSIONS[ext] : undefined;
  if (!promised || !accept.includes(promised[0]!)) throw new AppError('BAD_USER_INPUT', 'upload.notAccepted', { name, accepted });
  const kind = sniffFileType(file.bytes);
  if (!kind) throw new AppError('BAD_USER_INPUT', 'upload.unknownType', { name, accepted });
  if (!promised.includes(kind)) throw new AppError('BAD_USER_INPUT', 'upload.mismatch', { name, kind: FILE_KIND_LABELS[kind], accepted });
  const stored = accept.includes(kind) ? kind : promised[0]!;
  return { kind: stored, mimeType: MIME_TYPES[stored] };
}
