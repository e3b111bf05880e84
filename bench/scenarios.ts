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
  search: string;
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
];
