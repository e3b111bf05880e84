import type pg from 'pg';

/**
 * The national-size data generator: every table is filled by INSERT ... SELECT over
 * generate_series inside PostgreSQL, with pseudo-random values from hashint8extended(i, salt), so
 * a million deputies load in seconds, use no memory in Node, and come out the same every time for
 * the same seed. Each domain contributes a step; steps run in order, each in its own transaction.
 */
export interface GenerateParams {
  deputies: number;
  seed: number;
  /** The year the data is centred on ("this year" for plans and duty records). */
  year: number;
  /** Suggestions led per deputy (default 0.6, about one year's worth). */
  suggestionsPerDeputy?: number;
}

export interface GenerateStep {
  name: string;
  run(client: pg.Client, params: GenerateParams, progress: (message: string) => void): Promise<void>;
}

/** SQL helpers created in the session's temporary schema before the steps run. */
export const HELPERS = `
CREATE FUNCTION pg_temp.rnd(i bigint, salt bigint, n int) RETURNS int
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT (abs(hashint8extended(i, salt)) % n)::int $$;
CREATE FUNCTION pg_temp.pick(i bigint, salt bigint, items text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT items[1 + pg_temp.rnd(i, salt, cardinality(items))] $$;
CREATE FUNCTION pg_temp.id_check(s text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT substr('10X98765432', (sum(substr(s, k, 1)::int * (ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2])[k]) % 11)::int + 1, 1)
      FROM generate_series(1, 17) k $$;
`;

/** Moves every identity sequence past the ids the steps wrote explicitly. */
export async function resetIdentities(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND is_identity = 'YES'`,
  );
  for (const { table_name, column_name } of rows) {
    await client.query(`SELECT setval(pg_get_serial_sequence('"${table_name}"', '${column_name}'), coalesce((SELECT max("${column_name}") FROM "${table_name}"), 0) + 1, false)`);
  }
}
