import { useCallback } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { App, type FormInstance } from 'antd';
import { formatMessage, paramText, type Localized } from '@luzhi/shared';
import { errorMessage } from './apollo';
import { useI18n } from './i18n';

type Path = (string | number)[];
type FormattedError = CombinedGraphQLErrors['errors'][number];

/** `input.title must be…`, `meetingDate: 2030-13-01`, `variables.input.title`: the leading dotted name. */
const LEADING_NAME = /^([A-Za-z_]\w*(?:\.\w+)*)(?=[\s:]|$)/;

/** A parameter that starts by naming its field: `meetingDate: 2030-13-01`, `deputyIds: "x"`. */
const PARAM_NAMING_FIELD = /^[A-Za-z_]\w*(?:\.\w+)*: /;

function leadingPath(text: string): Path | null {
  const m = LEADING_NAME.exec(text.trim());
  return m ? m[1]!.split('.').filter((s) => s !== 'variables') : null;
}

/**
 * What one server error says about which input field is wrong, each with the text to show there.
 * The API names fields in three ways: class-validator failures list `input.title …` lines in
 * `extensions.fields`; a service's own check puts `field: value` into a parameter (`activity.badDate`,
 * `common.invalidInput`) or `field` itself (`common.nulCharacter`); and some message keys are about
 * one field by nature, which the form says through `byKey`.
 */
function namedFields(e: FormattedError, lang: 'zh-CN' | 'en', byKey: Record<string, Path>): { path: Path; text: string }[] {
  const ext = (e.extensions ?? {}) as { messageKey?: unknown; params?: Record<string, string | number | Localized>; fields?: unknown };
  const out: { path: Path; text: string }[] = [];
  if (Array.isArray(ext.fields)) {
    for (const line of ext.fields) {
      const path = typeof line === 'string' ? leadingPath(line) : null;
      // Each field gets its own line, in the words the whole message uses.
      if (path) out.push({ path, text: formatMessage('common.invalidInput', { details: line as string }, lang) });
    }
    return out;
  }
  for (const [param, raw] of Object.entries(ext.params ?? {})) {
    if (typeof raw === 'number') continue;
    // A parameter in both languages names its field the same way in each.
    const value = paramText(raw, lang);
    const path = param === 'field' ? leadingPath(value) : PARAM_NAMING_FIELD.test(value) ? leadingPath(value) : null;
    if (path) out.push({ path, text: e.message });
  }
  if (typeof ext.messageKey === 'string' && byKey[ext.messageKey]) out.push({ path: byKey[ext.messageKey]!, text: e.message });
  return out;
}

const same = (a: Path, b: Path) => a.length === b.length && a.every((x, i) => String(x) === String(b[i]));

/**
 * Puts the server's complaints next to the fields they name (a field of the form, with or without
 * the argument's name in front: `input.title` is the form's `title`) and returns the messages that
 * name no field of this form.
 */
export function placeServerErrors(form: FormInstance, error: unknown, lang: 'zh-CN' | 'en', byKey: Record<string, Path> = {}): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [errorMessage(error)];
  const registered = form.getFieldsError().map((f) => f.name);
  const placed = new Map<string, { name: Path; errors: string[] }>();
  const rest: string[] = [];
  for (const e of error.errors) {
    let any = false;
    for (const { path, text } of namedFields(e, lang, byKey)) {
      const name = registered.find((r) => same(r, path) || same(r, path.slice(1)));
      if (!name) continue;
      any = true;
      const key = name.join('.');
      const entry = placed.get(key) ?? { name, errors: [] };
      if (!entry.errors.includes(text)) entry.errors.push(text);
      placed.set(key, entry);
    }
    if (!any) rest.push(e.message);
  }
  if (placed.size) form.setFields([...placed.values()]);
  return rest;
}

/**
 * `(error, form?, byKey?)`: a server error goes next to the field it names when the form has that
 * field, otherwise (or for the rest) into a message at the top of the page.
 */
export function useServerErrors() {
  const { message } = App.useApp();
  const { lang } = useI18n();
  return useCallback(
    (error: unknown, form?: FormInstance, byKey?: Record<string, Path>) => {
      const rest = form ? placeServerErrors(form, error, lang, byKey) : [errorMessage(error)];
      if (rest.length) message.error(rest.join(';'));
    },
    [message, lang],
  );
}

/**
 * The form's values when its own checks pass, or null when they fail: the form already shows why
 * at the fields, so the caller just stops. Anything else than a failed check is thrown on.
 */
export async function validValues<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch (err) {
    if (err && typeof err === 'object' && 'errorFields' in err) return null;
    throw err;
  }
}
