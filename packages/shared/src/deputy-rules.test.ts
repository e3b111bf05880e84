import { describe, expect, it } from 'vitest';
import { birthDateFromIdNumber, columnLetter, deputyProblems, genderFromIdNumber } from './deputy-rules';
import { codeFromLabel, groupHealth, mergeGroupRules, PARTY_LABELS, DEFAULT_GROUP_RULES } from './registry';
import { idNumberCheckChar, MASKS } from './validation';

const id = (first17: string) => first17 + idNumberCheckChar(first17);

describe('deputy rules shared by the form, the mutations and the import', () => {
  it('masks every kind of personal data, including those that keep no tail', () => {
    expect(MASKS.idNumber('110101199001011234')).toBe('1101**********1234');
    expect(MASKS.phone('13912345678')).toBe('139****5678');
    expect(MASKS.address('柳河区人民路 8 号院')).toBe('柳河区人民路*****');
    expect(MASKS.personName('张三丰')).toBe('张**');
  });

  it('reads birth date and gender from an ID number and checks them against the form', () => {
    const man = id('11010119750308001');
    expect(birthDateFromIdNumber(man)).toBe('1975-03-08');
    expect(genderFromIdNumber(man)).toBe('MALE');
    expect(deputyProblems({ name: '张三', idNumber: man, birthDate: '1975-03-08', gender: 'MALE', phone: '13912345678' })).toEqual([]);
    const keys = deputyProblems({ name: '', idNumber: man, birthDate: '1975-03-09', gender: 'FEMALE', phone: '1391234' }).map((p) => p.key);
    expect(keys).toEqual(['deputy.required', 'deputy.birthDateMismatch', 'deputy.genderMismatch', 'deputy.phoneInvalid']);
    expect(deputyProblems({ name: '张三', idNumber: man.slice(0, 17) + (man[17] === '0' ? '1' : '0') })[0]!.key).toBe('deputy.idNumberInvalid');
  });

  it('merges group rule overrides level by level and reports health without refusing', () => {
    const rules = mergeGroupRules({ CITY: { minSize: 10 }, COUNTY: 'nonsense' });
    expect(rules.CITY).toEqual({ ...DEFAULT_GROUP_RULES.CITY, minSize: 10 });
    expect(rules.COUNTY).toEqual(DEFAULT_GROUP_RULES.COUNTY);
    expect(groupHealth(rules.COUNTY, [{ role: 'MEMBER' }]).problems).toEqual(['TOO_SMALL', 'NO_LEADER']);
  });

  it('understands labels in either language and names columns like a spreadsheet', () => {
    expect(codeFromLabel(PARTY_LABELS, '中共党员')).toBe('CPC');
    expect(codeFromLabel(PARTY_LABELS, 'jiusan society')).toBe('JS');
    expect(codeFromLabel(PARTY_LABELS, '无此党')).toBeNull();
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});
