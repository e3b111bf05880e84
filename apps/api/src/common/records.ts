import type { Localized } from '@luzhi/shared';
import { conflict } from './errors';

/** Escapes LIKE's wildcards in user text, so a search for "50%" finds "50%". */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The words of a search box, each to be matched on its own: "第十四届 · 柳河区人民代表大会" is the
 * label a select shows, and typing it (or "柳河 十四") must find that term.
 */
export function searchWords(text: string | null | undefined): string[] {
  return (text ?? '').split(/[\s·]+/u).filter(Boolean);
}

/** Optimistic locking: an update that names a stale version changes nothing (CONFLICT). */
export function assertVersion(entity: Localized, current: number, given: number): void {
  if (current !== given) throw conflict('common.staleVersion', { entity, current, given });
}
