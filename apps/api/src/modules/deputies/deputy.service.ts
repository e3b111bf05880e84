import { IsNull, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  birthDateFromIdNumber, dateRangeProblem, deputyProblems, genderFromIdNumber, type DeputyProblem,
} from '@luzhi/shared';
import type { Context } from '../../common/context';
import { AppError, badInput, conflict, notFound } from '../../common/errors';
import { pageWindow, toId, toPage, type Page, type PageArgs, type PageColumns } from '../../common/pagination';
import { hydrateAliased, preparedQuery } from '../../common/prefetch';
import { assertVersion, escapeLike } from '../../common/records';
import { Term } from '../registry/congress.entity';
import { ElectoralDistrict } from '../registry/electoral-district.entity';
import { GroupMembership } from '../groups/deputy-group.entity';
import { Deputy } from './deputy.entity';
import { DeputySort } from './deputy.enums';
import type { CreateDeputyInput, DeputyFilter, DeputyInput, EndMandateInput, MandateInput } from './deputy.inputs';
import { Mandate } from './mandate.entity';
import { namePinyin } from './deputy.pinyin';

const SORTS: Record<DeputySort, [string, 'ASC' | 'DESC']> = {
  [DeputySort.NAME_ASC]: ['d.namePinyin', 'ASC'],
  [DeputySort.NAME_DESC]: ['d.namePinyin', 'DESC'],
  [DeputySort.BIRTH_DATE_ASC]: ['d.birthDate', 'ASC'],
  [DeputySort.BIRTH_DATE_DESC]: ['d.birthDate', 'DESC'],
  [DeputySort.CREATED_AT_DESC]: ['d.createdAt', 'DESC'],
};

/** The ids of a division and everything below it. */
async function divisionSubtree(em: EntityManager, id: number): Promise<number[]> {
  const rows: { id: number }[] = await em.query(
    `WITH RECURSIVE sub AS (SELECT id FROM division WHERE id = $1 UNION ALL SELECT d.id FROM division d JOIN sub ON d.parent_id = sub.id) SELECT id FROM sub`,
    [id],
  );
  return rows.map((r) => r.id);
}

/**
 * The roster query for a filter and an order: the same for the GraphQL list and the spreadsheet
 * export, so an export holds exactly the rows the list showed. Every value is a parameter.
 */
export async function deputyQuery(ctx: Context, filter: DeputyFilter | undefined, sort: DeputySort | undefined): Promise<SelectQueryBuilder<Deputy>> {
  const qb = ctx.db.getRepository(Deputy).createQueryBuilder('d');
  const f = filter ?? {};
  const search = f.search?.trim();
  if (search) {
    const lower = search.toLowerCase().replace(/\s+/g, '');
    if (/^[a-z]+$/.test(lower)) {
      qb.andWhere('(d.nameInitials LIKE :p OR d.namePinyin LIKE :p)', { p: `${escapeLike(lower)}%` });
    } else if ([...search].length >= 3) {
      qb.andWhere('d.name LIKE :c', { c: `%${escapeLike(search)}%` });
    } else {
      qb.andWhere('d.name LIKE :c', { c: `${escapeLike(search)}%` });
    }
  }
  if (f.level) {
    qb.andWhere(
      `EXISTS (SELECT 1 FROM mandate m JOIN term t ON t.id = m.term_id JOIN congress c ON c.id = t.congress_id WHERE m.deputy_id = d.id AND m.end_date IS NULL AND c.level = :level)`,
      { level: f.level },
    );
  }
  if (f.termId) qb.andWhere('EXISTS (SELECT 1 FROM mandate m WHERE m.deputy_id = d.id AND m.term_id = :termId)', { termId: toId(f.termId, 'termId') });
  if (f.groupId) {
    qb.andWhere('EXISTS (SELECT 1 FROM group_membership gm WHERE gm.deputy_id = d.id AND gm.group_id = :groupId AND gm.end_date IS NULL)', { groupId: toId(f.groupId, 'groupId') });
  }
  if (f.sectorId) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM group_membership gm JOIN deputy_group g ON g.id = gm.group_id WHERE gm.deputy_id = d.id AND gm.end_date IS NULL AND g.sector_id = :sectorId)',
      { sectorId: toId(f.sectorId, 'sectorId') },
    );
  }
  if (f.divisionId) {
    const ids = await divisionSubtree(ctx.db.manager, toId(f.divisionId, 'divisionId'));
    qb.andWhere(
      `(EXISTS (SELECT 1 FROM group_membership gm JOIN deputy_group g ON g.id = gm.group_id WHERE gm.deputy_id = d.id AND gm.end_date IS NULL AND g.division_id = ANY(:divs))
        OR EXISTS (SELECT 1 FROM mandate m JOIN electoral_district e ON e.id = m.electoral_district_id WHERE m.deputy_id = d.id AND m.end_date IS NULL AND e.division_id = ANY(:divs)))`,
      { divs: ids.length ? ids : [0] },
    );
  }
  if (f.party) qb.andWhere('d.party = :party', { party: f.party });
  if (f.gender) qb.andWhere('d.gender = :gender', { gender: f.gender });
  if (f.occupationCategory) qb.andWhere('d.occupationCategory = :occ', { occ: f.occupationCategory });
  if (f.education) qb.andWhere('d.education = :edu', { edu: f.education });
  if (f.status) qb.andWhere('d.status = :status', { status: f.status });
  // Age today: at least N means born on or before today N years ago.
  if (f.ageMin != null) qb.andWhere(`d.birthDate <= (current_date - make_interval(years => :ageMin))::date`, { ageMin: f.ageMin });
  if (f.ageMax != null) qb.andWhere(`d.birthDate > (current_date - make_interval(years => :ageMaxPlus))::date`, { ageMaxPlus: f.ageMax + 1 });
  const [column, dir] = SORTS[sort ?? DeputySort.NAME_ASC];
  if (column === 'd.namePinyin') {
    // Never null: by name and then id, both ways, which the roster-order index gives read forwards
    // or backwards (descending, the whole roster was sorted for every page).
    qb.orderBy(column, dir).addOrderBy('d.id', dir);
  } else {
    qb.orderBy(column, dir, 'NULLS LAST').addOrderBy('d.id', 'ASC');
  }
  return qb;
}

/** Whether a filter gives `key` and nothing else (unset, null and empty values are not given). */
function onlyGiven(filter: DeputyFilter | undefined, key: keyof DeputyFilter): boolean {
  return Object.entries(filter ?? {}).every(([k, v]) => k === key || v === undefined || v === null || v === '');
}

/**
 * A filter that matches at most a term's, a group's, a sector's or a division's deputies, or a name
 * search's: few enough to count with the page (a window count), and clustered in ways the page's
 * order knows nothing of (a search's matches all sit at one letter, a division's anywhere). The
 * rest (a level, party, gender, age, occupation, education, status, or none) may match most of a
 * national roster, spread evenly over names: their total is counted apart, so that the page can
 * read the roster in order and stop after its rows (`paginate`'s `countApart`).
 */
export function narrowFilter(filter: DeputyFilter | undefined): boolean {
  return Boolean(filter?.termId || filter?.groupId || filter?.sectorId || filter?.divisionId || filter?.search?.trim());
}

/**
 * The total of a filter by level alone, counted from the level's current mandates (one pass over
 * them, 184 ms for a township level's 727,000) instead of testing every deputy of the country for
 * one (594 ms, or three processes' worth with parallel workers); the same deputies by definition.
 */
export function levelOnlyCount(ctx: Context, filter: DeputyFilter | undefined): (() => Promise<number>) | undefined {
  if (!filter?.level || !onlyGiven(filter, 'level')) return undefined;
  return async () => ((await ctx.db.query(
    `SELECT count(DISTINCT m.deputy_id)::int AS n FROM mandate m JOIN term t ON t.id = m.term_id JOIN congress c ON c.id = t.congress_id
      WHERE m.end_date IS NULL AND c.level = $1`,
    [filter.level],
  )) as { n: number }[])[0]!.n;
}

/**
 * The search box alone (ordered by name): matches are counted and ordered from the covering
 * indexes on initials, pinyin and name prefix (index-only scans), then only the page's rows are read. A short search
 * like "zw" matches thousands of deputies in a large roster; reading each of them from the table
 * to sort them was the slow part. Anything else goes through `deputyQuery`.
 */
export async function searchOnlyPage(ctx: Context, filter: DeputyFilter | undefined, sort: DeputySort | undefined, page: PageArgs, extra?: PageColumns | null): Promise<(Page<Deputy> & { extraRead?: boolean }) | null> {
  const search = filter?.search?.trim();
  if (!search || !onlyGiven(filter, 'search')) return null;
  if (sort && sort !== DeputySort.NAME_ASC && sort !== DeputySort.NAME_DESC) return null;
  const { offset, limit } = pageWindow(page);
  const dir = sort === DeputySort.NAME_DESC ? 'DESC' : 'ASC';
  const latin = search.toLowerCase().replace(/\s+/g, '');
  let matches: string;
  let pattern: string;
  if (/^[a-z]+$/.test(latin)) {
    // Each match once: by its initials, or else by its pinyin.
    matches = `SELECT id, name_pinyin FROM deputy WHERE name_initials LIKE $1 UNION ALL SELECT id, name_pinyin FROM deputy WHERE name_pinyin LIKE $1 AND name_initials NOT LIKE $1`;
    pattern = `${escapeLike(latin)}%`;
  } else {
    matches = `SELECT id, name_pinyin FROM deputy WHERE name LIKE $1`;
    pattern = [...search].length >= 3 ? `%${escapeLike(search)}%` : `${escapeLike(search)}%`;
  }
  // One statement for the page, its rows, the total and the nested fields' columns (`extra`):
  // under load every round trip costs.
  const metadata = ctx.db.getMetadata(Deputy);
  const columns = [
    ...metadata.columns.map((c) => `d."${c.databaseName}" AS "d_${c.databaseName}"`),
    ...(extra?.columns ?? []).map(([alias, sql]) => `${sql} AS "${alias}"`),
  ].join(', ');
  const rows = limit
    ? await preparedQuery(ctx,
      `SELECT p.total::int AS "__total", ${columns} FROM (
         SELECT id, name_pinyin, count(*) OVER () AS total FROM (${matches}) m ORDER BY name_pinyin ${dir}, id ${dir} LIMIT $2 OFFSET $3
       ) p JOIN deputy d ON d.id = p.id ORDER BY p.name_pinyin ${dir}, p.id ${dir}`,
      [pattern, limit, offset],
    )
    : [];
  let total = Number(rows[0]?.__total ?? 0);
  if (!rows.length && (offset > 0 || limit === 0)) total = ((await ctx.db.query(`SELECT count(*)::int AS n FROM (${matches}) m`, [pattern])) as { n: number }[])[0]!.n;
  extra?.prime(rows, (row) => row.d_id);
  return { ...toPage(rows.map((row) => hydrateAliased(ctx.db, metadata, 'd', row) as Deputy), total, offset), extraRead: true };
}

function throwProblems(problems: DeputyProblem[]): void {
  if (!problems.length) return;
  const p = problems[0]!;
  throw badInput(p.key, p.params ?? {}, { problems: problems.map((x) => ({ field: x.field, key: x.key, params: x.params ?? {} })) });
}

const clean = (v: string | null | undefined) => {
  const t = v?.trim();
  return t ? t : null;
};

/** Checks a deputy's values with the shared rules and fills what the ID number says. */
function normalise(input: DeputyInput): Omit<Deputy, 'id' | 'createdAt' | 'updatedAt' | 'version'> {
  const idNumber = input.idNumber.trim().toUpperCase();
  const values = { ...input, idNumber, name: input.name.trim(), phone: clean(input.phone), birthDate: clean(input.birthDate) };
  throwProblems(deputyProblems(values));
  const { full, initials } = namePinyin(values.name);
  return {
    name: values.name,
    namePinyin: full,
    nameInitials: initials,
    gender: input.gender ?? genderFromIdNumber(idNumber)!,
    ethnicity: clean(input.ethnicity) ?? '汉族',
    birthDate: values.birthDate ?? birthDateFromIdNumber(idNumber),
    party: input.party,
    education: input.education ?? null,
    occupationCategory: input.occupationCategory,
    workUnit: clean(input.workUnit),
    position: clean(input.position),
    phone: values.phone,
    idNumber,
    address: clean(input.address),
    status: input.status ?? 'ACTIVE',
  };
}

async function assertIdNumberFree(em: EntityManager, idNumber: string, exceptId?: number): Promise<void> {
  const other = await em.getRepository(Deputy).findOneBy({ idNumber });
  if (other && other.id !== exceptId) throw conflict('deputy.idNumberTaken', { name: other.name });
}

export async function getDeputy(em: EntityManager, id: number, lock = false): Promise<Deputy> {
  const deputy = await em.getRepository(Deputy).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!deputy) throw notFound({ zh: '代表', en: 'deputy' }, id);
  return deputy;
}

/** Creates a mandate inside the caller's transaction, after checking term, district and dates. */
async function insertMandate(em: EntityManager, deputyId: number, input: MandateInput): Promise<Mandate> {
  const term = await em.getRepository(Term).findOneBy({ id: toId(input.termId, 'termId') });
  if (!term) throw notFound({ zh: '届', en: 'term' }, input.termId);
  const districtId = input.electoralDistrictId ? toId(input.electoralDistrictId, 'electoralDistrictId') : null;
  if (districtId) {
    const district = await em.getRepository(ElectoralDistrict).findOneBy({ id: districtId });
    if (!district) throw notFound({ zh: '选区', en: 'electoral district' }, districtId);
    if (district.congressId !== term.congressId) throw badInput('mandate.districtOtherCongress');
  }
  const startDate = clean(input.startDate) ?? term.startDate;
  const problem = dateRangeProblem(startDate, null);
  if (problem) throw badInput(problem, { value: startDate });
  if (await em.getRepository(Mandate).existsBy({ deputyId, termId: term.id })) throw conflict('mandate.exists');
  const repo = em.getRepository(Mandate);
  return repo.save(repo.create({ deputyId, termId: term.id, electoralDistrictId: districtId, startDate, endDate: null, endReason: null }));
}

export async function createDeputy(ctx: Context, input: CreateDeputyInput): Promise<Deputy> {
  const values = normalise(input);
  return ctx.db.transaction(async (em) => {
    await assertIdNumberFree(em, values.idNumber);
    const repo = em.getRepository(Deputy);
    const deputy = await repo.save(repo.create(values));
    if (input.mandate) await insertMandate(em, deputy.id, input.mandate);
    return deputy;
  });
}

export async function updateDeputy(ctx: Context, id: number, version: number, input: DeputyInput): Promise<Deputy> {
  const values = normalise(input);
  return ctx.db.transaction(async (em) => {
    const deputy = await getDeputy(em, id, true);
    assertVersion({ zh: '代表', en: 'deputy' }, deputy.version, version);
    await assertIdNumberFree(em, values.idNumber, id);
    Object.assign(deputy, values);
    return em.getRepository(Deputy).save(deputy);
  });
}

export async function addMandate(ctx: Context, deputyId: number, input: MandateInput): Promise<Mandate> {
  return ctx.db.transaction(async (em) => {
    const deputy = await getDeputy(em, deputyId, true);
    const mandate = await insertMandate(em, deputy.id, input);
    if (deputy.status === 'ENDED') {
      deputy.status = 'ACTIVE';
      await em.getRepository(Deputy).save(deputy);
    }
    return mandate;
  });
}

/**
 * Ends a mandate; the deputy leaves their group of that term on the same day, and a deputy with no
 * mandate left is marked as ended. One transaction: all of it or none.
 */
export async function endMandate(ctx: Context, id: number, input: EndMandateInput): Promise<Mandate> {
  return ctx.db.transaction(async (em) => {
    const repo = em.getRepository(Mandate);
    const mandate = await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!mandate) throw notFound({ zh: '代表资格', en: 'mandate' }, id);
    assertVersion({ zh: '代表资格', en: 'mandate' }, mandate.version, input.version);
    if (mandate.endDate) throw new AppError('CONFLICT', 'mandate.alreadyEnded', { date: mandate.endDate });
    const problem = dateRangeProblem(mandate.startDate, input.endDate);
    if (problem) throw badInput(problem, { value: input.endDate });
    mandate.endDate = input.endDate;
    mandate.endReason = input.endReason;
    await repo.save(mandate);
    const memberships = await em.getRepository(GroupMembership).find({ where: { deputyId: mandate.deputyId, termId: mandate.termId, endDate: IsNull() } });
    for (const m of memberships) {
      m.endDate = input.endDate < m.startDate ? m.startDate : input.endDate;
      await em.getRepository(GroupMembership).save(m);
    }
    const stillServing = await repo.createQueryBuilder('m').where('m.deputyId = :d AND m.endDate IS NULL', { d: mandate.deputyId }).getExists();
    if (!stillServing) {
      const deputy = await getDeputy(em, mandate.deputyId, true);
      if (deputy.status !== 'ENDED') {
        deputy.status = 'ENDED';
        await em.getRepository(Deputy).save(deputy);
      }
    }
    return mandate;
  });
}
