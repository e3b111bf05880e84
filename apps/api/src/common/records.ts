import { conflict } from './errors';

/** Escapes LIKE's wildcards in user text, so a search for "50%" finds "50%". */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Optimistic locking: an update that names a stale version changes nothing (CONFLICT). */
export function assertVersion(entity: string, current: number, given: number): void {
  if (current !== given) throw conflict('common.staleVersion', { entity, current, given });
}
