import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { CubeDef, DimensionType, FilterDef, Label } from '@luzhi/shared';
import { Cost } from './cost';
import { enumFrom } from './enums';
import { dimensionField } from './stats';

const both = (label: Label, description?: Label) =>
  description ? `${label.zh}:${description.zh} / ${label.en}: ${description.en}` : `${label.zh} / ${label.en}`;

const DIMENSION_TYPES: Record<DimensionType, () => typeof String | typeof ID | typeof Int> = {
  string: () => String,
  date: () => String,
  id: () => ID,
  int: () => Int,
};

function filterType(def: FilterDef) {
  const one = { id: ID, int: Int, boolean: Boolean, timestamp: Date, date: String, string: String }[def.type];
  return def.op === 'in' ? () => [one] : () => one;
}

/**
 * The GraphQL types of a cube, built from its shared declaration so that names, labels and
 * descriptions are written once: `<Name>Dimension` and `<Name>Measure` enums, `<Name>StatsRow`
 * (one nullable field per dimension and per measure), `<Name>StatsFilter` and `<Name>Stats`.
 * Decorators are applied as functions here; TypeGraphQL reads the same metadata either way.
 */
export function statsTypes(cube: CubeDef) {
  const name = cube.name;
  const Dimension = enumFrom(Object.keys(cube.dimensions));
  registerEnumType(Dimension, {
    name: `${name}Dimension`,
    description: `${cube.label.zh}的分组维度 / What ${cube.label.en.toLowerCase()} can be grouped by`,
    valuesConfig: Object.fromEntries(Object.entries(cube.dimensions).map(([k, d]) => [k, { description: both(d.label, d.description) }])),
  });
  const Measure = enumFrom(Object.keys(cube.measures));
  registerEnumType(Measure, {
    name: `${name}Measure`,
    description: `${cube.label.zh}的指标 / The measures of ${cube.label.en.toLowerCase()}`,
    valuesConfig: Object.fromEntries(Object.entries(cube.measures).map(([k, m]) => [k, { description: both(m.label, m.description) }])),
  });

  class Row {}
  for (const [key, d] of Object.entries(cube.dimensions)) {
    Field(DIMENSION_TYPES[d.type], { nullable: true, description: `${both(d.label, d.description)} (按 ${key} 分组时才有值 / set only when grouped by ${key})` })(Row.prototype, dimensionField(key));
  }
  for (const [key, m] of Object.entries(cube.measures)) {
    Field(() => (m.type === 'count' ? Int : Float), { nullable: true, description: both(m.label, m.description) })(Row.prototype, key);
  }
  ObjectType(`${name}StatsRow`, { description: `${cube.label.zh}统计的一行 / One row of ${cube.label.en.toLowerCase()} statistics` })(Row);

  class Filter {}
  for (const [key, f] of Object.entries(cube.filters)) {
    Field(filterType(f), { nullable: true, description: both(f.label) })(Filter.prototype, key);
  }
  for (const [key, p] of Object.entries(cube.parameters ?? {})) {
    Field(() => String, { nullable: true, description: both(p.label) })(Filter.prototype, key);
  }
  InputType(`${name}StatsFilter`, { description: `${cube.label.zh}统计的筛选条件(全部满足)/ Filters on ${cube.label.en.toLowerCase()} (all must hold)` })(Filter);

  class Result {}
  Field(() => [Dimension], { description: '实际分组的维度 / The dimensions grouped by' })(Result.prototype, 'groupBy');
  // One statement computes rows and total, whatever their number: the root field's cost covers them.
  Cost(0, { listSize: 1 })(Result.prototype, 'rows');
  Field(() => [Row], { description: '各分组的指标,至多 limit 行 / The measures per group, at most `limit` rows' })(Result.prototype, 'rows');
  Cost(0)(Result.prototype, 'total');
  Field(() => Row, { description: '全部符合条件数据的合计 / The measures over everything that matches the filter' })(Result.prototype, 'total');
  Field(() => Boolean, { description: '结果行数超过 limit 被截断 / More groups matched than `limit`: narrow the filter' })(Result.prototype, 'truncated');
  ObjectType(`${name}Stats`, { description: `${cube.label.zh}统计:${cube.description.zh} / ${cube.label.en} statistics: ${cube.description.en}` })(Result);

  return { Dimension, Measure, Row, Filter, Result };
}

/** The measure fields that a stats query selects under `rows` and `total`, so only those are computed. */
export function requestedMeasures(info: GraphQLResolveInfo, cube: CubeDef): string[] {
  const wanted = new Set<string>();
  const measures = new Set(Object.keys(cube.measures));
  const fragments = info.fragments as Record<string, FragmentDefinitionNode>;
  const walk = (set: SelectionSetNode | undefined, depth: number) => {
    if (!set) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (depth === 0 && (s.name.value === 'rows' || s.name.value === 'total')) walk(s.selectionSet, 1);
        else if (depth === 1 && measures.has(s.name.value)) wanted.add(s.name.value);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, depth);
      else walk(fragments[s.name.value]?.selectionSet, depth);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, 0);
  return [...wanted];
}
