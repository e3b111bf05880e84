/**
 * A schema dump built from the catalog, for comparing two databases' schemas (pg_dump of the
 * server's version is not available here). Every line is one object in a stable, sortable form;
 * objects that belong to an extension (pg_trgm's functions and operators) are left out, the
 * extensions themselves are listed once.
 */

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>;
}

async function lines(db: Queryable, sql: string): Promise<string[]> {
  const res = await db.query(sql);
  const rows = (Array.isArray(res) ? res : res.rows) as { line: string }[];
  return rows.map((r) => r.line);
}

const APP_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;
const NOT_FROM_EXTENSION = (classid: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${classid}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

export interface SchemaDump {
  extensions: string[];
  tables: string[];
  columns: string[];
  constraints: string[];
  indexes: string[];
  sequences: string[];
  views: string[];
  triggers: string[];
  functions: string[];
  types: string[];
}

export async function dumpSchema(db: Queryable): Promise<SchemaDump> {
  return {
    extensions: await lines(db, `SELECT extname AS line FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`),
    tables: await lines(
      db,
      `SELECT format('%I.%I kind=%s persistence=%s', n.nspname, c.relname, c.relkind, c.relpersistence) AS line
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'f') AND ${APP_SCHEMAS} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}
        ORDER BY 1`,
    ),
    columns: await lines(
      db,
      `SELECT format('%I.%I.%I %s%s%s%s%s', n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                     CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                     CASE WHEN ad.adbin IS NOT NULL AND a.attgenerated = '' THEN ' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END,
                     CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END,
                     CASE WHEN a.attgenerated <> '' THEN ' GENERATED ' || pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END,
                     CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN ' COLLATE ' || a.attcollation::regcollation::text ELSE '' END
                    ) AS line
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_type t ON t.oid = a.atttypid
         LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped AND ${APP_SCHEMAS}
          AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}
        ORDER BY 1`,
    ),
    constraints: await lines(
      db,
      `SELECT format('%I.%I %I %s', n.nspname, c.relname, con.conname, pg_get_constraintdef(con.oid, true)) AS line
         FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE ${APP_SCHEMAS} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}
        ORDER BY 1`,
    ),
    indexes: await lines(
      db,
      `SELECT pg_get_indexdef(i.indexrelid) AS line
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE ${APP_SCHEMAS} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}
        ORDER BY 1`,
    ),
    sequences: await lines(
      db,
      `SELECT format('%I.%I %s start=%s inc=%s min=%s max=%s cycle=%s', n.nspname, c.relname, format_type(s.seqtypid, NULL),
                     s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcycle) AS line
         FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE ${APP_SCHEMAS} ORDER BY 1`,
    ),
    views: await lines(
      db,
      `SELECT format('%I.%I %s: %s', n.nspname, c.relname, c.relkind, pg_get_viewdef(c.oid, true)) AS line
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('v', 'm') AND ${APP_SCHEMAS} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}
        ORDER BY 1`,
    ),
    triggers: await lines(
      db,
      `SELECT pg_get_triggerdef(t.oid, true) AS line
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE NOT t.tgisinternal AND ${APP_SCHEMAS} ORDER BY 1`,
    ),
    functions: await lines(
      db,
      `SELECT pg_get_functiondef(p.oid) AS line
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE ${APP_SCHEMAS} AND p.prokind IN ('f', 'p') AND ${NOT_FROM_EXTENSION('pg_proc', 'p.oid')}
        ORDER BY 1`,
    ),
    types: await lines(
      db,
      `SELECT format('%I.%I %s %s', n.nspname, t.typname, t.typtype,
                     coalesce((SELECT string_agg(quote_literal(e.enumlabel), ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid),
                              CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, '')) AS line
         FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE t.typtype IN ('e', 'd') AND ${APP_SCHEMAS} AND ${NOT_FROM_EXTENSION('pg_type', 't.oid')}
        ORDER BY 1`,
    ),
  };
}

/** The same dump without the parts a full `down` may legitimately leave (extensions and their objects). */
export function withoutExtensions(dump: SchemaDump): SchemaDump {
  return { ...dump, extensions: [] };
}
