import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './i18n';

describe('formatDateTime', () => {
  it('writes a moment the same way in both languages: date and 24-hour time, local', () => {
    const d = new Date(2026, 10, 28, 21, 7, 5);
    expect(formatDateTime(d)).toBe('2026-11-28 21:07');
    expect(formatDateTime(d, { seconds: true })).toBe('2026-11-28 21:07:05');
    expect(formatDateTime(d, { timeOnly: true })).toBe('21:07');
    expect(formatDate(d)).toBe('2026-11-28');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});
