import { defineCube, REPORT_TIME_ZONE } from './cube';

/** Age bands of the composition report (代表结构), by completed years at the reference date. */
export const AGE_BANDS = ['UNDER_35', '35_44', '45_54', '55_64', '65_PLUS'] as const;
/** The youngest age of each band after the first. */
const AGE_BAND_FLOORS = [35, 45, 55, 65];

/**
 * The age band of a birth date, NULL without one. Completed years at the reference date reach N
 * exactly when the birth date is on or before the reference date less N years, so the band is the
 * birth date's place among those four dates (the day after each, as width_bucket counts a bucket
 * from its lower bound), oldest first. The dates are computed once per statement (a scalar
 * subquery) instead of age() once a row: 3x faster over 13,000 birth dates of a level's rollup.
 * Same band as date_part('year', age(asOf, birthDate)) on every day, leap days included (tested).
 */
export const ageBandSql = (birthDate: string) => {
  const floors = [...AGE_BAND_FLOORS].reverse().map((n) => `({{asOf}} - interval '${n} years')::date + 1`);
  return `(ARRAY[${[...AGE_BANDS].reverse().map((b) => `'${b}'`).join(', ')}])[width_bucket(${birthDate}, (SELECT ARRAY[${floors.join(', ')}])) + 1]`;
};
const minority = (ethnicity: string) => `CASE WHEN ${ethnicity} = '汉族' THEN 'HAN' ELSE 'MINORITY' END`;

/**
 * Current mandates counted by a rollup (`r.n` per row, its pending changes added): the same
 * numbers as `count(DISTINCT m.id)` over the cube's join. An empty set sums to NULL where
 * count() gives 0, hence the coalesce.
 */
const ROLLUP_MEASURES = {
  count: 'coalesce(sum(r.n), 0)',
  share: 'round(coalesce(sum(r.n), 0)::numeric / nullif(max(coalesce(sum(r.n), 0)) OVER (), 0), 4)',
} as const;
const ROLLUP_HAVING = 'sum(r.n) <> 0';

/**
 * The deputies' composition (代表结构): one row per current mandate (a deputy may sit in several
 * congresses, once each), with the deputy's attributes. No dimension names a person or shows a
 * personal datum: birth dates appear only as age bands, ID numbers, phones and addresses never.
 * `share` divides a group's count by the count of everything that matches the filter (the total
 * row of the same statement is the largest count, so `max(...) OVER ()` is that total).
 */
export const DEPUTY_COMPOSITION_CUBE = defineCube({
  name: 'DeputyComposition',
  label: { zh: '代表结构', en: 'Deputy composition' },
  description: {
    zh: '现任代表(未终止的代表资格)按层级、届次、性别、党派、民族、年龄段、学历、职业、小组的构成',
    en: 'Current deputies (mandates not ended) by congress level, term, gender, party, ethnicity, age band, education, occupation and group',
  },
  from: `mandate m
    JOIN deputy d ON d.id = m.deputy_id
    JOIN term t ON t.id = m.term_id
    JOIN congress c ON c.id = t.congress_id`,
  // At most one current membership per deputy and term (unique index
  // UQ_group_membership_current_deputy_term): left out, no count changes, and half the time goes.
  joins: {
    group: `LEFT JOIN group_membership gm ON gm.deputy_id = m.deputy_id AND gm.term_id = m.term_id AND gm.end_date IS NULL
    LEFT JOIN deputy_group g ON g.id = gm.group_id`,
  },
  where: `m.end_date IS NULL`,
  dimensions: {
    CONGRESS_LEVEL: {
      label: { zh: '人大层级', en: 'Congress level' },
      description: { zh: 'TOWNSHIP、COUNTY、CITY、PROVINCE、NATIONAL', en: 'TOWNSHIP, COUNTY, CITY, PROVINCE or NATIONAL' },
      sql: 'c.level',
      type: 'string',
    },
    CONGRESS: {
      label: { zh: '人大', en: 'Congress' },
      description: { zh: '人民代表大会名称', en: 'The congress by name' },
      sql: 'c.name',
      type: 'string',
    },
    TERM: {
      label: { zh: '届次', en: 'Term' },
      description: { zh: '届次名称,如“第十二届”', en: 'The term by name, e.g. the 12th' },
      sql: 't.name',
      type: 'string',
    },
    GENDER: {
      label: { zh: '性别', en: 'Gender' },
      description: { zh: 'MALE(男)或 FEMALE(女)', en: 'MALE or FEMALE' },
      sql: 'd.gender',
      type: 'string',
    },
    PARTY: {
      label: { zh: '党派', en: 'Party' },
      description: { zh: '政治面貌代码,如 CPC(中共党员)、NON_PARTY(无党派)', en: 'Political affiliation code, e.g. CPC, NON_PARTY' },
      sql: 'd.party',
      type: 'string',
    },
    ETHNICITY: {
      label: { zh: '民族', en: 'Ethnicity' },
      description: { zh: '民族名称,如“汉族”“回族”', en: 'The ethnic group by its Chinese name' },
      sql: 'd.ethnicity',
      type: 'string',
    },
    MINORITY: {
      label: { zh: '少数民族', en: 'Minority' },
      description: { zh: 'HAN(汉族)或 MINORITY(少数民族)', en: 'HAN or MINORITY (any group other than 汉族)' },
      sql: minority('d.ethnicity'),
      type: 'string',
    },
    AGE_BAND: {
      label: { zh: '年龄段', en: 'Age band' },
      description: {
        zh: '按参照日(筛选条件 asOf,默认今天,北京时间)的周岁:UNDER_35、35_44、45_54、55_64、65_PLUS;无出生日期为空',
        en: 'Completed years at the reference date (filter asOf, default today, China time): UNDER_35, 35_44, 45_54, 55_64, 65_PLUS; empty without a birth date',
      },
      sql: ageBandSql('d.birth_date'),
      type: 'string',
    },
    EDUCATION: {
      label: { zh: '学历', en: 'Education' },
      description: { zh: '学历代码,如 UNDERGRADUATE(大学本科)', en: 'Education code, e.g. UNDERGRADUATE' },
      sql: 'd.education',
      type: 'string',
    },
    OCCUPATION: {
      label: { zh: '职业类别', en: 'Occupation category' },
      description: { zh: '职业构成类别,如 WORKER(工人)、FARMER(农民)', en: 'Occupation category, e.g. WORKER, FARMER' },
      sql: 'd.occupation_category',
      type: 'string',
    },
    GROUP: {
      label: { zh: '代表小组', en: 'Group' },
      description: { zh: '该届所在代表小组名称(未编组为空)', en: 'The deputy\'s group in the term (empty when in none)' },
      sql: 'g.name',
      type: 'string',
      joins: ['group'],
    },
  },
  measures: {
    count: {
      label: { zh: '人数', en: 'Deputies' },
      description: { zh: '现任代表资格数(一人在一个人大计一次)', en: 'Current mandates (a deputy counts once per congress)' },
      sql: 'count(DISTINCT m.id)',
      type: 'count',
    },
    share: {
      label: { zh: '占比', en: 'Share' },
      description: { zh: '该组人数占符合筛选条件总人数的比例(0–1)', en: 'The group\'s count as a share of all that match the filter (0–1)' },
      sql: 'round(count(DISTINCT m.id)::numeric / nullif(max(count(DISTINCT m.id)) OVER (), 0), 4)',
      type: 'rate',
    },
  },
  filters: {
    congressLevel: { label: { zh: '人大层级', en: 'Congress level' }, sql: 'c.level', op: 'eq', type: 'string' },
    congressId: { label: { zh: '人大编号', en: 'Congress id' }, sql: 'c.id', op: 'eq', type: 'id' },
    termId: { label: { zh: '届次编号', en: 'Term id' }, sql: 't.id', op: 'eq', type: 'id' },
    termNumber: { label: { zh: '届次序号(如 12)', en: 'Term number (e.g. 12)' }, sql: 't.number', op: 'eq', type: 'int' },
    groupId: { label: { zh: '小组编号', en: 'Group id' }, sql: 'g.id', op: 'eq', type: 'id', joins: ['group'] },
    genders: { label: { zh: '性别(任一)', en: 'Genders (any of)' }, sql: 'd.gender', op: 'in', type: 'string' },
    parties: { label: { zh: '党派(任一)', en: 'Parties (any of)' }, sql: 'd.party', op: 'in', type: 'string' },
  },
  parameters: {
    asOf: {
      label: { zh: '年龄参照日(YYYY-MM-DD,默认今天)', en: 'Reference date of the ages (YYYY-MM-DD, default today)' },
      type: 'date',
      default: `(now() AT TIME ZONE '${REPORT_TIME_ZONE}')::date`,
    },
  },
  // Whole levels or the whole country, which the dashboard asks for dimension by dimension: a
  // few thousand rows instead of up to 727,000 mandates. Both rollups are kept exact by the
  // triggers of migration 1764300620000-deputy-composition-rollup.ts; a term, congress or group
  // needs the mandates themselves.
  rollups: [
    {
      name: 'deputy_composition_rollup',
      from: `(SELECT level, gender, party, ethnicity, education, occupation_category, n FROM deputy_composition_rollup
        UNION ALL SELECT level, gender, party, ethnicity, education, occupation_category, n FROM deputy_composition_delta) r`,
      dimensions: {
        CONGRESS_LEVEL: 'r.level',
        GENDER: 'r.gender',
        PARTY: 'r.party',
        ETHNICITY: 'r.ethnicity',
        MINORITY: minority('r.ethnicity'),
        EDUCATION: 'r.education',
        OCCUPATION: 'r.occupation_category',
      },
      measures: ROLLUP_MEASURES,
      filters: { congressLevel: 'r.level', genders: 'r.gender', parties: 'r.party' },
      having: ROLLUP_HAVING,
    },
    {
      // Ages depend on the reference date, so birth dates are kept (about 13,000 a level at 1,000,000 deputies).
      name: 'deputy_composition_birth_rollup',
      from: `(SELECT level, birth_date, n FROM deputy_composition_birth_rollup
        UNION ALL SELECT level, birth_date, n FROM deputy_composition_birth_delta) r`,
      dimensions: { CONGRESS_LEVEL: 'r.level', AGE_BAND: ageBandSql('r.birth_date') },
      measures: ROLLUP_MEASURES,
      filters: { congressLevel: 'r.level' },
      having: ROLLUP_HAVING,
    },
  ],
});

export const AGE_BAND_LABELS: Record<(typeof AGE_BANDS)[number], { zh: string; en: string }> = {
  UNDER_35: { zh: '35 岁以下', en: 'Under 35' },
  '35_44': { zh: '35–44 岁', en: '35–44' },
  '45_54': { zh: '45–54 岁', en: '45–54' },
  '55_64': { zh: '55–64 岁', en: '55–64' },
  '65_PLUS': { zh: '65 岁及以上', en: '65 and over' },
};
