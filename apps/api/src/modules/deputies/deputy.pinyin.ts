import { pinyin } from 'pinyin-pro';

/** Full pinyin (zhangsan) and initials (zs) of a Chinese name, for search and for sorting. */
export function namePinyin(name: string): { full: string; initials: string } {
  const clean = name.replace(/\s+/g, '');
  const full = pinyin(clean, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
  const initials = pinyin(clean, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[];
  return {
    full: full.join('').toLowerCase().replace(/[^a-z0-9]/g, ''),
    initials: initials.map((s) => s[0] ?? '').join('').toLowerCase().replace(/[^a-z0-9]/g, ''),
  };
}
