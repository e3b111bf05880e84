import type pg from 'pg';
import { EDUCATIONS, OCCUPATION_CATEGORIES, PARTIES } from '@luzhi/shared';
import { namePinyin } from '../../modules/deputies/deputy.pinyin';
import { GIVEN, SURNAMES } from '../../seed/random';
import { rows, type GenerateParams, type GenerateStep } from '../generator';

/** One congress of the generated country, with the block of deputy ids that sit in it. */
interface CongressPlan {
  id: number;
  level: 'NATIONAL' | 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP';
  parentId: number | null;
  firstDeputy: number;
  deputyCount: number;
  firstGroup: number;
  groupCount: number;
}

const LEVELS = [
  // share of all deputies, typical deputies per congress, term number, division kind
  { level: 'NATIONAL', share: 0.003, typical: 3000, term: 14, kind: null },
  { level: 'PROVINCE', share: 0.02, typical: 650, term: 14, kind: 'PROVINCE' },
  { level: 'CITY', share: 0.05, typical: 160, term: 16, kind: 'CITY' },
  { level: 'COUNTY', share: 0.2, typical: 65, term: 18, kind: 'DISTRICT' },
  { level: 'TOWNSHIP', share: 0.727, typical: 47, term: 18, kind: 'TOWNSHIP' },
] as const;

export const GROUP_SIZE = 18;

/** Handling units (state organs that handle suggestions and rectify findings) per congress that assigns them. */
export const UNITS_PER_CONGRESS = 8;
const UNIT_NAMES = ['发展和改革局', '教育局', '财政局', '住房和城乡建设局', '交通运输局', '农业农村局', '卫生健康委员会', '生态环境局'];

/** SQL for the k-th (0-based) handling unit of congress `handler` (a gen.congress.handler). */
export function unitId(handler: string, k: string): string {
  return `((${handler} - 1) * ${UNITS_PER_CONGRESS} + (${k}) + 1)`;
}

/** Lays out congresses and their deputy blocks so that the totals come to exactly N deputies. */
export function planCongresses(deputies: number): CongressPlan[] {
  const plans: CongressPlan[] = [];
  let nextDeputy = 1;
  let nextGroup = 1;
  let parents: CongressPlan[] = [];
  let assigned = 0;
  LEVELS.forEach((spec, li) => {
    const levelDeputies = li === LEVELS.length - 1 ? deputies - assigned : Math.max(1, Math.round(deputies * spec.share));
    assigned += levelDeputies;
    const count = Math.max(1, Math.min(levelDeputies, Math.round(levelDeputies / spec.typical)));
    const current: CongressPlan[] = [];
    for (let k = 0; k < count; k++) {
      const size = Math.floor(levelDeputies / count) + (k < levelDeputies % count ? 1 : 0);
      const plan: CongressPlan = {
        id: plans.length + 1,
        level: spec.level,
        parentId: parents.length ? parents[k % parents.length]!.id : null,
        firstDeputy: nextDeputy,
        deputyCount: size,
        firstGroup: nextGroup,
        groupCount: Math.max(1, Math.ceil(size / GROUP_SIZE)),
      };
      nextDeputy += size;
      nextGroup += plan.groupCount;
      plans.push(plan);
      current.push(plan);
    }
    parents = current;
  });
  return plans;
}

function weighted<T extends string>(entries: [T, number][]): T[] {
  return entries.flatMap(([v, w]) => Array.from({ length: w }, () => v));
}

export const registryStep: GenerateStep = {
  name: 'registry: divisions, congresses, terms, sessions, handling units, deputies, mandates, groups',
  async run(client: pg.Client, params: GenerateParams, progress) {
    const plans = planCongresses(params.deputies);
    // handler: the congress whose units handle this one's suggestions and findings (a township's: the county above).
    await client.query(`CREATE UNLOGGED TABLE gen.congress (id int PRIMARY KEY, level text, parent_id int, first_deputy int, deputy_count int, first_group int, group_count int, handler int)`);
    await client.query(
      `INSERT INTO gen.congress SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[])`,
      [plans.map((p) => p.id), plans.map((p) => p.level), plans.map((p) => p.parentId), plans.map((p) => p.firstDeputy), plans.map((p) => p.deputyCount), plans.map((p) => p.firstGroup), plans.map((p) => p.groupCount),
        plans.map((p) => (p.level === 'TOWNSHIP' ? p.parentId : p.id))],
    );
    await client.query(`ANALYZE gen.congress`);
    const kinds = LEVELS.filter((l) => l.kind).map((l) => `WHEN '${l.level}' THEN '${l.kind}'`).join(' ');
    const terms = LEVELS.map((l) => `WHEN '${l.level}' THEN ${l.term}`).join(' ');
    const names = `CASE c.level WHEN 'NATIONAL' THEN '全国' WHEN 'PROVINCE' THEN '第' || c.id || '省' WHEN 'CITY' THEN '第' || c.id || '市' WHEN 'COUNTY' THEN '第' || c.id || '区' ELSE '第' || c.id || '乡' END`;

    await client.query(`
      INSERT INTO division (id, kind, name, parent_id, code, version) OVERRIDING SYSTEM VALUE
      SELECT c.id, CASE c.level ${kinds} END, ${names}, CASE WHEN p.level = 'NATIONAL' THEN NULL ELSE c.parent_id END, NULL, 1
        FROM gen.congress c LEFT JOIN gen.congress p ON p.id = c.parent_id
       WHERE c.level <> 'NATIONAL' ORDER BY c.id`);
    await client.query(`
      INSERT INTO congress (id, name, level, division_id, region, version) OVERRIDING SYSTEM VALUE
      SELECT c.id, ${names} || '人民代表大会', c.level, CASE WHEN c.level = 'NATIONAL' THEN NULL ELSE c.id END, ${names}, 1 FROM gen.congress c`);
    await client.query(`
      INSERT INTO term (id, congress_id, number, name, start_date, end_date, version) OVERRIDING SYSTEM VALUE
      SELECT c.id, c.id, CASE c.level ${terms} END, '第' || (CASE c.level ${terms} END) || '届', DATE '${params.year - 4}-01-01', DATE '${params.year + 1}-12-31', 1 FROM gen.congress c`);
    await client.query(`
      INSERT INTO congress_session (id, term_id, number, name, start_date, end_date, version) OVERRIDING SYSTEM VALUE
      SELECT (c.id - 1) * 5 + k, c.id, k, '第' || k || '次会议', make_date(${params.year - 5} + k, 3, 5), make_date(${params.year - 5} + k, 3, 11), 1
        FROM gen.congress c, generate_series(1, 5) k`);
    progress(`${plans.length} congresses with their divisions, terms and 5 sessions each`);

    await client.query(`
      INSERT INTO organization (id, name, kind, parent_id, division_id, handles_suggestions, contact_person, contact_phone, version) OVERRIDING SYSTEM VALUE
      SELECT ${unitId('gc.id', 'k')}, left(c.name, 40) || ($1::text[])[k + 1], 'STATE_ORGAN', NULL, c.division_id, true, '联络员', '0101234' || lpad(k::text, 4, '0'), 1
        FROM gen.congress gc JOIN congress c ON c.id = gc.id, generate_series(0, ${UNITS_PER_CONGRESS - 1}) k
       WHERE gc.level <> 'TOWNSHIP'`,
      [UNIT_NAMES]);
    progress('handling units');

    const surnames = [...SURNAMES];
    const given = [...GIVEN];
    const party = weighted<(typeof PARTIES)[number]>([['CPC', 68], ['NON_PARTY', 16], ['CDL', 3], ['CNDCA', 3], ['CAPD', 3], ['CPWDP', 2], ['ZGD', 2], ['JS', 2], ['RCCK', 1]]);
    const education = weighted<(typeof EDUCATIONS)[number]>([['POSTGRADUATE', 12], ['UNDERGRADUATE', 45], ['JUNIOR_COLLEGE', 25], ['SECONDARY', 13], ['PRIMARY_OR_BELOW', 5]]);
    const occupation = weighted<(typeof OCCUPATION_CATEGORIES)[number]>([['CADRE', 30], ['WORKER', 14], ['FARMER', 14], ['PROFESSIONAL', 20], ['ENTERPRISE', 16], ['MILITARY', 2], ['OTHER', 4]]);
    const s = params.seed;
    await client.query(
      `
      INSERT INTO deputy (id, name, name_pinyin, name_initials, gender, ethnicity, birth_date, party, education, occupation_category,
                          work_unit, position, phone, id_number, address, status, version) OVERRIDING SYSTEM VALUE
      SELECT d.i,
             ($1::text[])[k.s] || ($3::text[])[k.g1] || coalesce(($3::text[])[k.g2], ''),
             ($2::text[])[k.s] || ($4::text[])[k.g1] || coalesce(($4::text[])[k.g2], ''),
             left(($2::text[])[k.s], 1) || left(($4::text[])[k.g1], 1) || coalesce(left(($4::text[])[k.g2], 1), ''),
             CASE WHEN k.female THEN 'FEMALE' ELSE 'MALE' END,
             CASE WHEN pg_temp.rnd(d.i, ${s} + 6, 100) < 91 THEN '汉族' ELSE pg_temp.pick(d.i, ${s} + 7, ARRAY['回族','壮族','满族','维吾尔族','苗族','彝族','土家族','藏族','蒙古族']) END,
             make_date(k.by, k.bm, k.bd),
             pg_temp.pick(d.i, ${s} + 8, $5::text[]),
             pg_temp.pick(d.i, ${s} + 9, $6::text[]),
             pg_temp.pick(d.i, ${s} + 10, $7::text[]),
             NULL,
             pg_temp.pick(d.i, ${s} + 11, ARRAY['主任','局长','书记','工程师','教师','医生','村主任','董事长','工人','农民']),
             '13' || pg_temp.rnd(d.i, ${s} + 12, 10) || lpad(pg_temp.rnd(d.i, ${s} + 13, 100000000)::text, 8, '0'),
             -- Region code and serial together are unique per deputy; the serial's parity is the gender (odd: men).
             pg_temp.id_number(110000 + d.i / 500, k.by, k.bm, k.bd, (d.i % 500) * 2 + CASE WHEN k.female THEN 0 ELSE 1 END),
             '人民路' || (1 + pg_temp.rnd(d.i, ${s} + 14, 999)) || '号',
             'ACTIVE', 1
        FROM (SELECT c.first_deputy + pos AS i FROM gen.congress c, generate_series(0, c.deputy_count - 1) pos) d
        -- OFFSET 0 keeps the subquery from being flattened, so each value is drawn once per deputy rather than once per use.
        CROSS JOIN LATERAL (
          SELECT 1 + pg_temp.rnd(d.i, ${s} + 1, cardinality($1::text[])) AS s,
                 1 + pg_temp.rnd(d.i, ${s} + 2, cardinality($3::text[])) AS g1,
                 CASE WHEN pg_temp.rnd(d.i, ${s} + 3, 100) < 55 THEN 1 + pg_temp.rnd(d.i, ${s} + 4, cardinality($3::text[])) END AS g2,
                 pg_temp.rnd(d.i, ${s} + 5, 100) < 27 AS female,
                 1950 + pg_temp.rnd(d.i, ${s} + 15, 40) AS by, 1 + pg_temp.rnd(d.i, ${s} + 16, 12) AS bm, 1 + pg_temp.rnd(d.i, ${s} + 17, 28) AS bd
          OFFSET 0
        ) k`,
      [surnames, surnames.map((c) => namePinyin(c).full), given, given.map((c) => namePinyin(c).full), party, education, occupation],
    );
    progress(`${params.deputies.toLocaleString('en')} deputies`);

    await client.query(`
      INSERT INTO deputy_group (id, term_id, name, basis, division_id, sector_id, description, version) OVERRIDING SYSTEM VALUE
      SELECT c.first_group + g, c.id, '第' || (g + 1) || '代表小组', 'DIVISION', CASE WHEN c.level = 'NATIONAL' THEN NULL ELSE c.id END, NULL, NULL, 1
        FROM gen.congress c, generate_series(0, c.group_count - 1) g`);
    await client.query(`
      INSERT INTO mandate (id, deputy_id, term_id, electoral_district_id, start_date, end_date, end_reason, version) OVERRIDING SYSTEM VALUE
      SELECT c.first_deputy + pos, c.first_deputy + pos, c.id, NULL, DATE '${params.year - 4}-01-01', NULL, NULL, 1
        FROM gen.congress c, generate_series(0, c.deputy_count - 1) pos`);
    // One county deputy in twenty also sits in the city congress above: one person, two mandates.
    await client.query(`
      INSERT INTO mandate (id, deputy_id, term_id, electoral_district_id, start_date, end_date, end_reason, version) OVERRIDING SYSTEM VALUE
      SELECT ${params.deputies} + row_number() OVER (ORDER BY c.first_deputy + pos), c.first_deputy + pos, c.parent_id, NULL, DATE '${params.year - 4}-01-01', NULL, NULL, 1
        FROM gen.congress c, generate_series(0, c.deputy_count - 1) pos
       WHERE c.level = 'COUNTY' AND pos % 20 = 3`);
    const memberships = await client.query(`
      INSERT INTO group_membership (id, group_id, deputy_id, term_id, role, start_date, end_date, version) OVERRIDING SYSTEM VALUE
      SELECT c.first_deputy + pos, c.first_group + pos / ${GROUP_SIZE}, c.first_deputy + pos, c.id,
             CASE pos % ${GROUP_SIZE} WHEN 0 THEN 'LEADER' WHEN 1 THEN 'VICE_LEADER' ELSE 'MEMBER' END, DATE '${params.year - 4}-01-01', NULL, 1
        FROM gen.congress c, generate_series(0, c.deputy_count - 1) pos`);
    progress(`groups of about ${GROUP_SIZE}, mandates, ${rows(memberships)} memberships`);
    // Later steps join the mandates and deputies: the planner needs their statistics.
    await client.query(`ANALYZE mandate, deputy`);
  },
};
