import { describe, expect, it } from 'vitest';
import { formatMessage, listOf } from './errors';

describe('messages in the reader\'s language', () => {
  it('shows a parameter given in both languages in the message\'s language only', () => {
    const params = { entity: { zh: '活动', en: 'activity' }, id: 7 };
    expect(formatMessage('common.notFound', params, 'zh-CN')).toBe('找不到活动(编号 7)');
    expect(formatMessage('common.notFound', params, 'en')).toBe('There is no activity with id 7');
  });

  it('joins labels the way each language lists them, and says when there are none', () => {
    expect(listOf([{ zh: '结束活动', en: 'Complete' }, { zh: '取消活动', en: 'Cancel' }])).toEqual({ zh: '结束活动、取消活动', en: 'Complete, Cancel' });
    expect(listOf([])).toEqual({ zh: '无', en: 'nothing' });
  });
});
