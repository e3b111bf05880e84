import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client';
import type { FormInstance } from 'antd';
import { placeServerErrors } from './form-errors';

/** The two calls placeServerErrors makes on a form, over a fixed set of registered fields. */
function fakeForm(names: (string | number)[][]) {
  const set: { name: (string | number)[]; errors: string[] }[] = [];
  const form = {
    getFieldsError: () => names.map((name) => ({ name, errors: [], warnings: [] })),
    setFields: (fields: typeof set) => set.push(...fields),
  } as unknown as FormInstance;
  return { form, set };
}

const failure = (...errors: { message: string; extensions: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors, data: null });

describe('server errors placed next to their fields', () => {
  it('puts each class-validator line on the field it names, the argument name dropped', () => {
    const { form, set } = fakeForm([['title'], ['month']]);
    const rest = placeServerErrors(form, failure({
      message: '输入有误:title must be shorter than or equal to 200 characters',
      extensions: { code: 'BAD_USER_INPUT', messageKey: 'common.invalidInput', fields: ['title must be shorter than or equal to 200 characters', 'input.month: must be an integer'] },
    }), 'en');
    expect(rest).toEqual([]);
    expect(set).toEqual([
      { name: ['title'], errors: ['Invalid input: title must be shorter than or equal to 200 characters'] },
      { name: ['month'], errors: ['Invalid input: input.month: must be an integer'] },
    ]);
  });

  it("uses a parameter that names a field, and the form's own message keys", () => {
    const { form, set } = fakeForm([['meetingDate'], ['month']]);
    const rest = placeServerErrors(form, failure(
      { message: '日期格式应为 YYYY-MM-DD:meetingDate: 2030-13-01', extensions: { code: 'BAD_USER_INPUT', messageKey: 'activity.badDate', params: { value: 'meetingDate: 2030-13-01' } } },
      { message: '月份应为 1–12', extensions: { code: 'BAD_USER_INPUT', messageKey: 'activity.badMonth', params: {} } },
    ), 'zh-CN', { 'activity.badMonth': ['month'] });
    expect(rest).toEqual([]);
    expect(set.map((f) => [f.name, f.errors])).toEqual([[['meetingDate'], ['日期格式应为 YYYY-MM-DD:meetingDate: 2030-13-01']], [['month'], ['月份应为 1–12']]]);
  });

  it('returns what names no field of the form, and leaves the fields alone', () => {
    const { form, set } = fakeForm([['title']]);
    const rest = placeServerErrors(form, failure(
      { message: '该记录已被他人修改', extensions: { code: 'CONFLICT', messageKey: 'common.stale', params: { entity: '计划项目 / plan item' } } },
      { message: '输入有误:deputyId: "x"', extensions: { code: 'BAD_USER_INPUT', messageKey: 'common.invalidInput', params: { details: 'deputyId: "x"' } } },
    ), 'zh-CN');
    expect(rest).toEqual(['该记录已被他人修改', '输入有误:deputyId: "x"']);
    expect(set).toEqual([]);
  });

  it('shows a network failure as it is', () => {
    const { form } = fakeForm([['title']]);
    expect(placeServerErrors(form, new Error('Failed to fetch'), 'en')).toEqual(['Failed to fetch']);
  });
});
