import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from './context';

/** The fields a client selected below the current one, by name, fragments merged. */
export interface Selection {
  readonly fields: Map<string, Selection>;
}

function collect(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, into: Map<string, Selection>): void {
  for (const node of set?.selections ?? []) {
    if (node.kind === 'Field') {
      const name = node.name.value;
      let child = into.get(name);
      if (!child) into.set(name, (child = { fields: new Map() }));
      collect(info, node.selectionSet, child.fields as Map<string, Selection>);
    } else if (node.kind === 'InlineFragment') {
      collect(info, node.selectionSet, into);
    } else {
      collect(info, info.fragments[node.name.value]?.selectionSet, into);
    }
  }
}

/** What the client asked for below the field being resolved (e.g. `nodes { … }` of a connection). */
export function selectionOf(info: GraphQLResolveInfo): Selection {
  const fields = new Map<string, Selection>();
  for (const node of info.fieldNodes as readonly FieldNode[]) collect(info, node.selectionSet, fields);
  return { fields };
}

/**
 * Turns one row read as JSON (`to_jsonb(x)`: database column names, JSON values) into an entity,
 * with TypeORM's own conversions (timestamps to Date, transformers), as if TypeORM had read it.
 */
export function hydrate<T extends ObjectLiteral>(ctx: Context, entity: EntityTarget<T>, json: Record<string, unknown>): T {
  const repo = ctx.db.getRepository(entity);
  const row = repo.create() as T;
  for (const column of repo.metadata.columns) {
    if (!(column.databaseName in json)) continue;
    (row as Record<string, unknown>)[column.propertyName] = ctx.db.driver.prepareHydratedValue(json[column.databaseName], column);
  }
  return row;
}
