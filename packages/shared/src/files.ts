import type { Localized } from './errors';

/**
 * Kinds of uploaded file, as the server recognises them by their bytes (apps/api common/uploads.ts),
 * and the file-name extensions that promise each: the first kind listed for an extension is the
 * one it stands for, the others are what such a file may also look like (a .txt of comma lines).
 */
export const FILE_KINDS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'png', 'jpeg', 'csv', 'text', 'zip', 'html'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const FILE_EXTENSIONS: Record<string, readonly FileKind[]> = {
  pdf: ['pdf'],
  doc: ['doc'],
  docx: ['docx'],
  xls: ['xls'],
  xlsx: ['xlsx'],
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  txt: ['text', 'csv'],
  csv: ['csv', 'text'],
  zip: ['zip', 'xlsx', 'docx'],
};

export const FILE_KIND_LABELS: Record<FileKind, Localized> = {
  pdf: { zh: 'PDF(.pdf)', en: 'PDF (.pdf)' },
  doc: { zh: 'Word(.doc)', en: 'Word (.doc)' },
  docx: { zh: 'Word(.docx)', en: 'Word (.docx)' },
  xls: { zh: 'Excel(.xls)', en: 'Excel (.xls)' },
  xlsx: { zh: 'Excel(.xlsx)', en: 'Excel (.xlsx)' },
  png: { zh: 'PNG 图片(.png)', en: 'PNG image (.png)' },
  jpeg: { zh: 'JPEG 图片(.jpg、.jpeg)', en: 'JPEG image (.jpg, .jpeg)' },
  csv: { zh: 'CSV 表格(.csv)', en: 'CSV table (.csv)' },
  text: { zh: '纯文本(.txt)', en: 'plain text (.txt)' },
  zip: { zh: 'ZIP 压缩包(.zip)', en: 'ZIP archive (.zip)' },
  html: { zh: 'HTML 网页', en: 'HTML page' },
};

/** The extension of a file name, lower case, or null. */
export function fileExtension(name: string): string | null {
  return /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? null;
}

/** The extensions that stand for the kinds a caller takes, for an upload control's `accept`. */
export function acceptFor(kinds: readonly FileKind[]): string {
  return Object.entries(FILE_EXTENSIONS).filter(([, k]) => kinds.includes(k[0]!)).map(([ext]) => `.${ext}`).join(',');
}

/**
 * Attachments of the committee's records (activity reports and plans, finding evidence, replies):
 * documents and pictures a person reads. Plain text (.txt) is taken too: minutes and notes are
 * often typed as text, and an attachment is only ever downloaded (never shown by the browser), so
 * text is as harmless as a PDF. Scripts, web pages, archives and CSV are not taken.
 */
export const ATTACHMENT_KINDS: readonly FileKind[] = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'png', 'jpeg', 'text'];
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_MAX = '10 MB';
export const ATTACHMENT_ACCEPT = acceptFor(ATTACHMENT_KINDS);
/** The upload button's hint: what ATTACHMENT_KINDS take, in words. */
export const ATTACHMENT_HINT: Localized = {
  zh: `上传附件(PDF、Word、Excel、PNG 或 JPEG 图片、纯文本,${ATTACHMENT_MAX} 以内)`,
  en: `Upload (PDF, Word, Excel, PNG or JPEG images, plain text; up to ${ATTACHMENT_MAX})`,
};
