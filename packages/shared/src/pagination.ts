/**
 * Page cursors are opaque to clients in principle, but tables with page numbers need to jump:
 * both sides use these two functions, so the format lives in one place.
 */
const toBase64Url = (s: string) => btoa(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const fromBase64Url = (s: string) => atob(s.replace(/-/g, '+').replace(/_/g, '/'));

export function encodeOffsetCursor(offset: number): string {
  return toBase64Url(`o:${offset}`);
}

/** The offset a cursor stands for, or null when it is not one of ours. */
export function decodeOffsetCursor(cursor: string): number | null {
  try {
    const m = /^o:(\d{1,9})$/.exec(fromBase64Url(cursor));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** The `after` cursor that starts page `page` (1-based) of `pageSize` rows. */
export function afterForPage(page: number, pageSize: number): string | undefined {
  return page > 1 ? encodeOffsetCursor((page - 1) * pageSize - 1) : undefined;
}
