import type { Localized } from '@luzhi/shared';

/**
 * class-validator's own messages are English only ("title must be shorter than or equal to 200
 * characters"): the usual constraints are said again in both languages, with the field's path in
 * front as before (the admin puts each line next to the field it names). A constraint not listed
 * keeps its English text in both.
 */
const SAID: Record<string, { match: RegExp; zh: string; en: string }> = {
  maxLength: { match: /shorter than or equal to (\d+)/, zh: '最多 {n} 个字符', en: 'has at most {n} characters' },
  minLength: { match: /longer than or equal to (\d+)/, zh: '至少 {n} 个字符', en: 'needs at least {n} characters' },
  max: { match: /not be greater than (-?[\d.]+)/, zh: '不能大于 {n}', en: 'cannot be more than {n}' },
  min: { match: /not be less than (-?[\d.]+)/, zh: '不能小于 {n}', en: 'cannot be less than {n}' },
  arrayMaxSize: { match: /no more than (\d+)/, zh: '最多 {n} 项', en: 'has at most {n} items' },
  arrayMinSize: { match: /at least (\d+)/, zh: '至少 {n} 项', en: 'needs at least {n} items' },
  isNotEmpty: { match: /should not be empty/, zh: '不能为空', en: 'cannot be empty' },
  arrayNotEmpty: { match: /should not be empty/, zh: '不能为空', en: 'cannot be empty' },
};

/** One failed constraint of the field at `path`, in both languages. */
export function constraintText(path: string, constraint: string, english: string): Localized {
  // `isLength` (@Length) says min or max in its message; it is either of the two above.
  const said = constraint === 'isLength' ? (SAID.maxLength!.match.test(english) ? SAID.maxLength : SAID.minLength) : SAID[constraint];
  const m = said?.match.exec(english);
  if (!said || !m) {
    const text = english.startsWith(path.split('.').pop()!) ? `${path.slice(0, path.lastIndexOf('.') + 1)}${english}` : `${path}: ${english}`;
    return { zh: text, en: text };
  }
  const n = m[1] ?? '';
  return { zh: `${path} ${said.zh.replace('{n}', n)}`, en: `${path} ${said.en.replace('{n}', n)}` };
}
