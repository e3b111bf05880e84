import { AppError } from './errors';

/**
 * Uploaded files are judged by their bytes, not by their names. Domains call `checkUpload` before
 * they parse or store anything (a deputy import, a reply's attachment); a file whose content is
 * not what its name says, or not of a kind the caller accepts, is refused.
 *
 * Stored uploads must be served back with their checked type, `Content-Disposition: attachment`
 * and `X-Content-Type-Options: nosniff` (helmet sets the latter), so a browser never renders them.
 */
export type FileKind = 'xlsx' | 'zip' | 'pdf' | 'png' | 'jpeg' | 'csv' | 'text' | 'html';

export const MIME_TYPES: Record<FileKind, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  csv: 'text/csv; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** What each file-name extension may contain. */
const EXTENSIONS: Record<string, FileKind[]> = {
  xlsx: ['xlsx'],
  zip: ['zip', 'xlsx'],
  pdf: ['pdf'],
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  csv: ['csv', 'text'],
  txt: ['text', 'csv'],
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
    return zipHasEntry(bytes, '[Content_Types].xml') && zipHasEntry(bytes, 'xl/') ? 'xlsx' : 'zip';
  }
  // Other binary formats with a known signature are not text, whatever their bytes decode to.
  if (startsWith(bytes, ascii('MZ')) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return null;
  const text = decodeText(bytes);
  return text === null ? null : textKind(text);
}

export interface CheckedUpload {
  kind: FileKind;
  mimeType: string;
}

/**
 * Refuses a file that is too large, of an unknown kind, of a kind the caller does not take, or
 * whose name promises something its content is not. Returns the kind to store it as.
 */
export function checkUpload(file: { filename: string; bytes: Uint8Array }, accept: FileKind[], maxBytes = 20 * 1024 * 1024): CheckedUpload {
  const name = file.filename.slice(0, 200);
  if (file.bytes.byteLength > maxBytes) throw new AppError('BAD_USER_INPUT', 'upload.tooLarge', { name, max: `${Math.round(maxBytes / 1024 / 1024)} MB` });
  const kind = sniffFileType(file.bytes);
  if (!kind) throw new AppError('BAD_USER_INPUT', 'upload.unknownType', { name });
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase();
  const promised = ext ? EXTENSIONS[ext] : undefined;
  if (!promised || !promised.includes(kind)) throw new AppError('BAD_USER_INPUT', 'upload.mismatch', { name, kind });
  if (!accept.includes(kind)) throw new AppError('BAD_USER_INPUT', 'upload.notAccepted', { name, kind, accepted: accept.join(', ') });
  return { kind, mimeType: MIME_TYPES[kind] };
}
