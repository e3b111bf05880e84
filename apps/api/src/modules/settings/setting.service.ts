import type { EntityManager } from 'typeorm';
import { Setting } from './setting.entity';

/** Reads a configurable rule, falling back to the default the code documents. */
export async function getSetting<T>(em: EntityManager, key: string, fallback: T): Promise<T> {
  const row = await em.getRepository(Setting).findOneBy({ key });
  if (!row) return fallback;
  const isRecord = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return isRecord(fallback) && isRecord(row.value) ? ({ ...(fallback as object), ...(row.value as object) } as T) : (row.value as T);
}

export async function putSetting(em: EntityManager, key: string, value: unknown): Promise<Setting> {
  const repo = em.getRepository(Setting);
  const row = (await repo.findOneBy({ key })) ?? repo.create({ key });
  row.value = value;
  return repo.save(row);
}
