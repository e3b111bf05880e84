import { createRequire } from 'node:module';
import type * as PinyinPro from 'pinyin-pro';

// pinyin-pro's dictionaries take several MB of the heap, and only writing a deputy's name (a form,
// an import, the demo data) needs them: loaded with the first name, synchronously, so that callers
// stay as they are.
let library: typeof PinyinPro | undefined;
const pinyinPro = () => (library ??= createRequire(import.meta.url)('pinyin-pro') as typeof PinyinPro);

/** Full pinyin (zhangsan) and initials (zs) of a Chinese name, for search and for sorting. */
export function namePinyin(name: string): { full: string; initials: string } {
  const { pinyin } = pinyinPro();
  const clean = name.replace(/\s+/g, '');
  const full = pinyin(clean, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }) as string[];
  const initials = pinyin(clean, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[];
  return {
    full: full.join('').toLowerCase().replace(/[^a-z0-9]/g, ''),
    initials: initials.map((s) => s[0] ?? '').join('').toLowerCase().replace(/[^a-z0-9]/g, ''),
  };
}
