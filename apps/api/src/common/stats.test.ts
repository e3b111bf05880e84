import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { AUDIT_CUBE, DEPUTY_COMPOSITION_CUBE, defineCube, DIMENSION_NAME, MEASURE_NAME, type Permission } from '@luzhi/shared';
import { buildStatsQuery, shapeStatsRows, type StatsRequest } from './stats';

const all = () => true;
const none = () => false;
const req = (r: Partial<StatsRequest>): StatsRequest => ({ groupBy: [], measures: [], can: all, ...r });

const CUBE = defineCube({
  name: 'Toy',
  label: { zh: '玩具', en: 'Toy' },
  description: { zh: '测试用', en: 'For tests' },
  from: 'toy t',
  where: 't.deleted_at IS NULL',
  dimensions: {
    COLOR: { label: { zh: '颜色', en: 'Colour' }, description: { zh: '颜色', en: 'Colour' }, sql: 't.color', type: 'string' },
    OWNER: { label: { zh: '主人', en: 'Owner' }, description: { zh: '主人', en: 'Owner' }, sql: 't.owner_name', type: 'string', requires: 'personal:read' },
  },
  measures: {
    toys: { label: { zh: '数量', en: 'Toys' }, description: { zh: '数量', en: 'Count' }, sql: 'count(*)', type: 'count' },
    broken: { label: { zh: '损坏率', en: 'Broken' }, description: { zh: '比例', en: 'Share' }, sql: 'avg(t.broken::int)', type: 'rate' },
  },
  filters: {
    colors: { label: { zh: '颜色', en: 'Colours' }, sql: 't.color', op: 'in', type: 'string' },
    from: { label: { zh: '起', en: 'From' }, sql: 't.made_at', op: 'gte', type: 'timestamp' },
    ownerId: { label: { zh: '主人', en: 'Owner' }, sql: 't.owner_id', op: 'eq', type: 'id', requires: 'personal:read' },
  },
});

describe('stats SQL builder', () => {
  it('builds one statement with grouping sets for the rows and the total', () => {
    const q = buildStatsQuery(CUBE, req({ groupBy: ['COLOR'], measures: ['toys', 'broken'] }));
    expect(q.sql).toBe(
      'SELECT t.color AS d0, count(*) AS m0, avg(t.broken::int) AS m1, GROUPING(t.color) AS total FROM toy t WHERE (t.deleted_at IS NULL) ' +
        'GROUP BY GROUPING SETS ((t.color), ()) ORDER BY total DESC, d0 LIMIT $1',
    );
    expect(q.params).toEqual([1002]);
  });

  it('binds every filter value as a parameter, whatever it contains', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const evil = "red'); DROP TABLE toy; --";
    const q = buildStatsQuery(CUBE, req({ groupBy: ['COLOR'], filter: { colors: [evil, 'blue'], from }, limit: 10 }));
    expect(q.sql).toContain('t.color = ANY($1) AND t.made_at >= $2');
    expect(q.sql).not.toContain('DROP');
    expect(q.params).toEqual([[evil, 'blue'], from, 12]);
  });

  it('refuses names that are not declared, so nothing from a client reaches the SQL', () => {
    expect(() => buildStatsQuery(CUBE, req({ groupBy: ['t.color; DROP TABLE toy'] }))).toThrow(/groupBy/);
    expect(() => buildStatsQuery(CUBE, req({ measures: ['count(*)'] }))).toThrow(/measure/);
    expect(() => buildStatsQuery(CUBE, req({ filter: { 'color = color OR 1': 'x' } }))).toThrow(/filter/);
    // Inherited object keys are not declarations either.
    expect(() => buildStatsQuery(CUBE, req({ groupBy: ['constructor'] }))).toThrow(/groupBy/);
    expect(() => buildStatsQuery(CUBE, req({ orderBy: 'toString' }))).toThrow(/measure/);
  });

  it('checks the permission a dimension or a filter requires', () => {
    expect(() => buildStatsQuery(CUBE, req({ groupBy: ['OWNER'], can: none }))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => buildStatsQuery(CUBE, req({ filter: { ownerId: '3' }, can: none }))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    const can = (p: Permission) => p === 'personal:read';
    expect(buildStatsQuery(CUBE, req({ groupBy: ['OWNER'], filter: { ownerId: '3' }, can })).params).toEqual([3, 1002]);
  });

  it('validates values: ids, list sizes, limits and the number of groups', () => {
    expect(() => buildStatsQuery(CUBE, req({ filter: { ownerId: 'x' } }))).toThrow(/ownerId/);
    expect(() => buildStatsQuery(CUBE, req({ filter: { colors: Array(201).fill('a') } }))).toThrow(/colors/);
    expect(() => buildStatsQuery(CUBE, req({ limit: 0 }))).toThrow(/limit/);
    expect(() => buildStatsQuery(CUBE, req({ limit: 10001 }))).toThrow(/limit/);
    expect(() => buildStatsQuery(AUDIT_CUBE, req({ groupBy: ['ENTITY', 'ACTION', 'DAY', 'MONTH', 'OPERATION'] }))).toThrow(expect.objectContaining({ messageKey: 'analytics.tooManyGroups' }));
  });

  it('without groupBy computes one row, the total; the first measure when none is asked', () => {
    const q = buildStatsQuery(CUBE, req({}));
    expect(q.sql).toBe('SELECT count(*) AS m0, 1 AS total FROM toy t WHERE (t.deleted_at IS NULL)');
    expect(q.params).toEqual([]);
  });

  it('sorts by a measure, largest first, adding it when it was not asked for', () => {
    const q = buildStatsQuery(CUBE, req({ groupBy: ['COLOR'], measures: ['broken'], orderBy: 'toys' }));
    expect(q.measures).toEqual(['broken', 'toys']);
    expect(q.sql).toContain('ORDER BY total DESC, m1 DESC NULLS LAST, d0 LIMIT $1');
  });

  it('shapes rows into GraphQL fields, separates the total and tells when rows were cut', () => {
    const q = buildStatsQuery(CUBE, req({ groupBy: ['COLOR'], measures: ['toys'], limit: 2 }));
    const result = shapeStatsRows(q, [
      { d0: null, m0: 9, total: 1 },
      { d0: 'blue', m0: 4, total: 0 },
      { d0: 'green', m0: 3, total: 0 },
      { d0: 'red', m0: 2, total: 0 },
    ]);
    expect(result.total).toEqual({ color: null, toys: 9 });
    expect(result.rows).toEqual([{ color: 'blue', toys: 4 }, { color: 'green', toys: 3 }]);
    expect(result.truncated).toBe(true);
  });

  it.each([AUDIT_CUBE, DEPUTY_COMPOSITION_CUBE])('declares the $name cube with well-formed names and both languages everywhere', (cube) => {
    for (const [name, d] of Object.entries(cube.dimensions)) {
      expect(name).toMatch(DIMENSION_NAME);
      expect(d.label.zh && d.label.en && d.description.zh && d.description.en).toBeTruthy();
    }
    for (const [name, m] of Object.entries(cube.measures)) {
      expect(name).toMatch(MEASURE_NAME);
      expect(m.label.zh && m.label.en && m.description.zh && m.description.en).toBeTruthy();
    }
  });

  it('binds a cube parameter where its SQL names it, or uses the declared default', () => {
    const withDate = buildStatsQuery(DEPUTY_COMPOSITION_CUBE, req({ groupBy: ['AGE_BAND'], measures: ['count'], filter: { asOf: '2003-01-15', termId: '7' } }));
    expect(withDate.params.slice(0, 2)).toEqual(['2003-01-15', 7]);
    expect(withDate.sql).toContain("width_bucket(d.birth_date, (SELECT ARRAY[($1::date - interval '65 years')::date + 1");
    expect(withDate.sql).not.toContain('{{');
    const byDefault = buildStatsQuery(DEPUTY_COMPOSITION_CUBE, req({ groupBy: ['AGE_BAND'], measures: ['count'] }));
    expect(byDefault.sql).toContain("width_bucket(r.birth_date, (SELECT ARRAY[(((now() AT TIME ZONE 'Asia/Shanghai')::date) - interval '65 years')::date + 1");
    expect(byDefault.rollup).toBe('deputy_composition_birth_rollup');
    expect(() => buildStatsQuery(DEPUTY_COMPOSITION_CUBE, req({ groupBy: ['AGE_BAND'], filter: { asOf: "2003-01-15'; DROP TABLE deputy; --" } }))).toThrow();
  });

  describe('rollups and optional joins', () => {
    const ROLLED = defineCube({
      ...CUBE,
      joins: { owner: 'LEFT JOIN owner o ON o.id = t.owner_id' },
      dimensions: { ...CUBE.dimensions, OWNER_CITY: { label: { zh: '城市', en: 'City' }, description: { zh: '城市', en: 'City' }, sql: 'o.city', type: 'string', joins: ['owner'] } },
      rollups: [{ name: 'toy_rollup', from: 'toy_rollup r', dimensions: { COLOR: 'r.color', OWNER: 'r.owner_name' }, measures: { toys: 'coalesce(sum(r.n), 0)' }, filters: { colors: 'r.color' }, having: 'sum(r.n) <> 0' }],
    });

    it('answers from the first rollup holding every dimension, measure and filter asked for, same order and limit', () => {
      const q = buildStatsQuery(ROLLED, req({ groupBy: ['COLOR'], measures: ['toys'], filter: { colors: ['red'] }, orderBy: 'toys', limit: 5 }));
      expect(q.rollup).toBe('toy_rollup');
      expect(q.sql).toBe(
        'SELECT r.color AS d0, coalesce(sum(r.n), 0) AS m0, GROUPING(r.color) AS total FROM toy_rollup r WHERE r.color = ANY($1) ' +
          'GROUP BY GROUPING SETS ((r.color), ()) HAVING (sum(r.n) <> 0) OR GROUPING(r.color) = 1 ORDER BY total DESC, m0 DESC NULLS LAST, d0 LIMIT $2',
      );
      expect(q.params).toEqual([['red'], 7]);
    });

    it('reads the cube itself when a dimension, measure or filter is not in the rollup', () => {
      for (const r of [{ groupBy: ['COLOR'], measures: ['broken'] }, { groupBy: ['OWNER_CITY'] }, { groupBy: ['COLOR'], filter: { from: new Date('2026-01-01T00:00:00Z') } }]) {
        const q = buildStatsQuery(ROLLED, req(r));
        expect(q.rollup, JSON.stringify(r)).toBeNull();
        expect(q.sql).toContain('FROM toy t');
        expect(q.sql).toContain('(t.deleted_at IS NULL)');
      }
    });

    it('checks permissions against the cube before a rollup is chosen', () => {
      expect(() => buildStatsQuery(ROLLED, req({ groupBy: ['OWNER'], can: none }))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
      expect(buildStatsQuery(ROLLED, req({ groupBy: ['OWNER'], can: all })).rollup).toBe('toy_rollup');
    });

    it('adds an optional join only when a chosen dimension, measure or filter reads it', () => {
      expect(buildStatsQuery(ROLLED, req({ groupBy: ['COLOR'], measures: ['broken'] })).sql).not.toContain('JOIN owner');
      expect(buildStatsQuery(ROLLED, req({ groupBy: ['OWNER_CITY'] })).sql).toContain('FROM toy t\n    LEFT JOIN owner o ON o.id = t.owner_id WHERE');
    });

    it('leaves group membership out of deputy composition unless the group is asked for', () => {
      const byTerm = buildStatsQuery(DEPUTY_COMPOSITION_CUBE, req({ groupBy: ['GENDER'], filter: { termId: '3' } }));
      expect(byTerm.rollup).toBeNull();
      expect(byTerm.sql).not.toContain('group_membership');
      expect(buildStatsQuery(DEPUTY_COMPOSITION_CUBE, req({ groupBy: ['GROUP'], filter: { termId: '3' } })).sql).toContain('LEFT JOIN deputy_group g');
      expect(buildStatsQuery(DEPUTY_COMPOSITION_CUBE, req({ groupBy: ['GENDER'], filter: { groupId: '3' } })).sql).toContain('LEFT JOIN deputy_group g');
    });

    it('routes deputy composition over whole levels to its rollups, and everything else to the mandates', () => {
      const route = (groupBy: string[], filter: Record<string, unknown> = {}) => buildStatsQuery(DEPUTY_COMPOSITION_CUBE, req({ groupBy, measures: ['count', 'share'], filter })).rollup;
      for (const d of ['GENDER', 'PARTY', 'MINORITY', 'ETHNICITY', 'EDUCATION', 'OCCUPATION']) {
        expect(route([d], { congressLevel: 'CITY' }), d).toBe('deputy_composition_rollup');
        expect(route(['CONGRESS_LEVEL', d]), d).toBe('deputy_composition_rollup');
      }
      expect(route([], { congressLevel: 'CITY' })).toBe('deputy_composition_rollup');
      expect(route(['AGE_BAND'], { congressLevel: 'CITY', asOf: '2020-01-01' })).toBe('deputy_composition_birth_rollup');
      expect(route(['CONGRESS_LEVEL', 'AGE_BAND'])).toBe('deputy_composition_birth_rollup');
      expect(route(['AGE_BAND', 'GENDER'])).toBeNull();
      expect(route(['AGE_BAND'], { genders: ['MALE'] })).toBeNull();
      for (const d of ['TERM', 'CONGRESS', 'GROUP']) expect(route([d]), d).toBeNull();
      for (const f of [{ termId: '1' }, { congressId: '1' }, { termNumber: 12 }, { groupId: '1' }]) expect(route(['GENDER'], f), JSON.stringify(f)).toBeNull();
    });
  });
});
