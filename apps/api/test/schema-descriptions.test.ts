import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { getSchema } from '../src/schema';

const ZH = /[\u4e00-\u9fff]/;
const EN = /[A-Za-z]/;

/** Scalars from libraries (DateTimeISO, JSON) document themselves, in English. */
const FOREIGN_SCALARS = new Set(['DateTimeISO', 'JSON']);

/**
 * Everything an analyst reads in the console's documentation: every type, field, input field and
 * enum value, with a description in Chinese and in English ("中文 / English").
 */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t!.name));
  const check = (where: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(`${where}: no description`);
    else if (!ZH.test(description) || !EN.test(description)) missing.push(`${where}: needs Chinese and English ("中文 / English"), has "${description}"`);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || (isScalarType(type) && (isSpecifiedScalarType(type) || FOREIGN_SCALARS.has(type.name)))) continue;
    if (!roots.has(type.name)) check(`type ${type.name}`, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

describe('schema documentation', () => {
  it('describes every type, field, input field and enum value in Chinese and English', async () => {
    const missing = undocumented(await getSchema());
    expect(missing, `Add a description ("中文 / English") to each of these ${missing.length}:\n  ${missing.join('\n  ')}\n`).toEqual([]);
  });
});

describe('the documentation check itself', () => {
  it('lists what is missing or in one language only', () => {
    const schema = buildSchema(`
      "查询 / Queries" type Query { a: Thing "只有中文" b: Int }
      type Thing { "编号 / Id" id: ID! kind: Kind }
      "种类 / Kind" enum Kind { "大 / Big" BIG SMALL }
    `);
    expect(undocumented(schema)).toEqual([
      'Kind.SMALL: no description',
      'Query.a: no description',
      'Query.b: needs Chinese and English ("中文 / English"), has "只有中文"',
      'Thing.kind: no description',
      'type Thing: no description',
    ]);
  });
});
