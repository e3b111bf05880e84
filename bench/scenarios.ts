import { print } from 'graphql';
import { DASHBOARD } from '../apps/admin/src/modules/home/operations';

/** What `npm run bench` measures. Each scenario is one GraphQL operation sent by the load generator. */
export interface Scenario {
  key: string;
  title: string;
  role: 'STAFF' | 'ANALYST' | 'ADMIN';
  query: string;
  variables: (ctx: BenchContext) => Record<string, unknown>;
  /** The ceiling server's path for the same result (scenarios a and b). */
  ceilingPath?: (ctx: BenchContext) => string;
  /** Target p95/p99 in ms, from the issues, printed beside the figure. */
  target?: string;
}

export interface BenchContext {
  termId: number;
  /** The latest term of a city congress: what the dashboard shows by default (level CITY, its latest term). */
  cityTermId: number;
  cityCongressId: number;
  search: string;
  /** The generated data's year ("this year"). */
  year: number;
  /** The annual plan of the congress of termId for that year. */
  planId: number;
}

export const SCENARIOS: Scenario[] = [
  {
    key: 'a',
    title: 'a. a page of 50 deputies with group, division, current mandate, suggestions led',
    role: 'STAFF',
    query: `query Page($term: ID) {
      deputies(first: 50, filter: { termId: $term }) {
        totalCount
        nodes {
          id name gender party
          groupMemberships { role group { name division { name } } }
          mandates { startDate term { name } }
          __SUGGESTIONS_LED__
        }
      }
    }`,
    variables: (c) => ({ term: String(c.termId) }),
    ceilingPath: (c) => `/a?term=${c.termId}`,
    target: '≥ 80% of the ceiling, p99 < 100 ms at 10 connections, ≤ 4 SQL statements',
  },
  {
    key: 'b',
    title: 'b. deputy search by pinyin initials',
    role: 'STAFF',
    query: `query Search($s: String) { deputies(first: 20, filter: { search: $s }) { totalCount nodes { id name gender } } }`,
    variables: (c) => ({ s: c.search }),
    ceilingPath: (c) => `/b?q=${encodeURIComponent(c.search)}`,
    target: 'p95 < 50 ms',
  },
  {
    key: 'b2',
    title: 'b. deputy search by name (Chinese characters)',
    role: 'STAFF',
    query: `query SearchName($s: String) { deputies(first: 20, filter: { search: $s }) { totalCount nodes { id name gender } } }`,
    variables: () => ({ s: '王建' }),
    target: 'p95 < 50 ms',
  },
  {
    key: 'a2',
    title: 'a. the whole roster\'s first page, no filter (every deputy of the country), as scenario a\'s fields',
    role: 'STAFF',
    query: `query Roster { deputies(first: 50) { totalCount nodes { id name gender party groupMemberships { role group { name division { name } } } mandates { startDate term { name } } } } }`,
    variables: () => ({}),
  },
  {
    key: 'a3',
    title: 'a. the roster of a whole level (TOWNSHIP: 727,000 deputies), first page',
    role: 'STAFF',
    query: `query Level { deputies(first: 50, filter: { level: TOWNSHIP }) { totalCount nodes { id name gender party groupMemberships { role group { name division { name } } } mandates { startDate term { name } } } } }`,
    variables: () => ({}),
  },
  {
    key: 'c0',
    title: 'c. the whole dashboard, one request as the admin sends it by default (level CITY, its latest term, this year)',
    role: 'STAFF',
    query: print(DASHBOARD),
    variables: (c) => ({ level: 'CITY', levelCode: 'CITY', termId: String(c.cityTermId), congressId: String(c.cityCongressId), year: c.year, withTerm: true }),
    target: 'p95 < 150 ms',
  },
  {
    key: 'c0l',
    title: 'c. the whole dashboard with "all terms" of the CITY level (composition from its rollup; no groups, rankings or units without a term)',
    role: 'STAFF',
    query: print(DASHBOARD),
    variables: (c) => ({ level: 'CITY', levelCode: 'CITY', termId: null, congressId: null, year: c.year, withTerm: false }),
    target: 'p95 < 150 ms',
  },
  {
    key: 'c0t',
    title: 'c. dashboard: deputy composition by age band over the whole TOWNSHIP level (727,000 current mandates; rollup by birth date)',
    role: 'STAFF',
    query: `query AgeBands { deputyComposition(groupBy: [AGE_BAND], filter: { congressLevel: "TOWNSHIP" }) { rows { ageBand count share } total { count } } }`,
    variables: () => ({}),
    target: 'p95 < 150 ms',
  },
  {
    key: 'c1',
    title: 'c. dashboard: suggestionStats by handling unit for the default term and year',
    role: 'STAFF',
    query: `query ByUnitTerm($term: ID, $year: Int) { suggestionStats(groupBy: [UNIT], filter: { congressLevel: CITY, termId: $term, year: $year }) { dimensions { key label } measures { measure numerator denominator value } } }`,
    variables: (c) => ({ term: String(c.cityTermId), year: c.year }),
    target: 'p95 < 150 ms',
  },
  {
    key: 'c2',
    title: 'c. dashboard with "all terms" of the COUNTY level: suggestionStats by field (rollup)',
    role: 'STAFF',
    query: `query ByFieldLevel($year: Int) { suggestionStats(groupBy: [FIELD], filter: { congressLevel: COUNTY, year: $year }) { dimensions { key label } measures { measure numerator denominator value } } }`,
    variables: (c) => ({ year: c.year }),
    target: 'p95 < 150 ms',
  },
  {
    key: 'c2u',
    title: 'c. dashboard with "all terms" of the COUNTY level: suggestionStats by handling unit (every county unit)',
    role: 'STAFF',
    query: `query ByUnitLevel($year: Int) { suggestionStats(groupBy: [UNIT], filter: { congressLevel: COUNTY, year: $year }) { dimensions { key label } measures { measure numerator denominator value } } }`,
    variables: (c) => ({ year: c.year }),
    target: 'p95 < 150 ms',
  },
  {
    key: 'c5',
    title: 'c. analyst: suggestionStats by field, whole country, every year (rollup)',
    role: 'ANALYST',
    query: `query ByField { suggestionStats(groupBy: [FIELD]) { dimensions { key label } measures { measure numerator denominator value } } }`,
    variables: () => ({}),
  },
  {
    key: 'c6',
    title: 'c. analyst: suggestionStats by handling unit, whole country, every year',
    role: 'ANALYST',
    query: `query ByUnit { suggestionStats(groupBy: [UNIT]) { dimensions { key label } measures { measure numerator denominator value } } }`,
    variables: () => ({}),
  },
  {
    key: 'c3',
    title: 'c. analyst-style live duty-record ranking (dutyRecords scores the term on every request), first page of one county term',
    role: 'STAFF',
    query: `query Ranking($year: Int!, $term: ID) {
      dutyRecords(year: $year, first: 20, sort: SCORE_DESC, filter: { termId: $term }) { totalCount nodes { deputyId score grade attended onLeave absent deputy { name } } }
    }`,
    variables: (c) => ({ year: c.year, term: String(c.termId) }),
  },
  {
    key: 'c3s',
    title: 'c. dashboard: the stored deputy ranking (dutyRanking), top 10 of the default city term',
    role: 'STAFF',
    query: `query StoredRanking($year: Int!, $term: ID) {
      dutyRanking(termId: $term, year: $year, first: 10) { asOf totalCount nodes { rank deputyId score grade deputy { name } } }
    }`,
    variables: (c) => ({ year: c.year, term: String(c.cityTermId) }),
    target: 'p95 < 150 ms',
  },
  {
    key: 'c4',
    title: 'c. activities plan execution for a year (one county congress)',
    role: 'STAFF',
    query: `query Plan($id: ID!) { annualPlan(id: $id) { id execution { asOf held inProgress byMonth { month planned held inProgress overdue } byOrganizer { organizerName held overdue } } } }`,
    variables: (c) => ({ id: String(c.planId) }),
  },
];

/** Scenario e: what a second load generator sends as an analyst alongside scenario a. */
export const ANALYST_NOISE = {
  /** Expensive but allowed: statistics grouped by deputy over every suggestion in the country. */
  expensive: `query Heavy { suggestionStats(groupBy: [DEPUTY, FIELD]) { dimensions { key } measures { measure value } } }`,
  /** Over the analyst's cost limit: refused before it runs (COST_LIMIT_EXCEEDED). */
  refused: `query TooBig { ${Array.from({ length: 12 }, (_, k) => `d${k}: deputies(first: 100) { nodes { id groupMemberships { role group { name } } mandates { startDate term { name } } } }`).join(' ')} }`,
};
