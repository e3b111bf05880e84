import { describe, expect, it } from 'vitest';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './cost';

const schema = buildSchema(`
  type Query { me: Person!  people(first: Int, after: String): PersonConnection!  tags: [String!]!  report: Report!  everyone: [Person!]! }
  type PersonConnection { totalCount: Int!  nodes: [Person!]!  edges: [PersonEdge!]!  pageInfo: PageInfo! }
  type PersonEdge { cursor: String!  node: Person! }
  type PageInfo { hasNextPage: Boolean! }
  type Person { id: ID!  name: String!  friends(first: Int): PersonConnection!  boss: Person }
  type Report { rows: [Row!]!  total: Row! }
  type Row { n: Int }
`);
// What `@Cost(...)` puts on a field.
const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
Object.assign(fields('Query').report!, { extensions: { cost: { value: 100 } } });
Object.assign(fields('Report').rows!, { extensions: { cost: { value: 0, listSize: 1 } } });
Object.assign(fields('Report').total!, { extensions: { cost: { value: 0 } } });

function cost(query: string, variables?: Record<string, unknown>): number {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return operationCost(schema, op, fragments, variables);
}

describe('cost model', () => {
  it('charges 1 per object and nothing for scalars', () => {
    expect(cost('{ me { id name } }')).toBe(1);
    expect(cost('{ me { boss { boss { id } } } }')).toBe(3);
    expect(cost('{ tags }')).toBe(0);
  });

  it('charges a connection its page size (first, or the default 20), not for totalCount', () => {
    expect(cost('{ people(first: 100) { totalCount } }')).toBe(1);
    expect(cost('{ people(first: 100) { totalCount pageInfo { hasNextPage } nodes { id } } }')).toBe(1 + 1 + 100);
    expect(cost('{ people { nodes { id } } }')).toBe(1 + 20);
    expect(cost('{ people(first: 10) { edges { node { id } } } }')).toBe(1 + 10 * (1 + 1));
  });

  it('reads first from variables', () => {
    expect(cost('query($n: Int) { people(first: $n) { nodes { id } } }', { n: 7 })).toBe(8);
    expect(cost('query($n: Int) { people(first: $n) { nodes { id } } }', {})).toBe(21);
  });

  it('multiplies through nesting', () => {
    expect(cost('{ people(first: 50) { nodes { friends(first: 10) { nodes { id } } } } }')).toBe(1 + 50 * (1 + 1 + 10));
  });

  it('counts a plain list as 20 and follows fragments', () => {
    expect(cost('{ everyone { id } }')).toBe(20);
    expect(cost('{ people(first: 5) { nodes { ...P } } } fragment P on Person { boss { id } }')).toBe(1 + 5 * 2);
    expect(cost('{ me { ... on Person { boss { id } } } }')).toBe(2);
  });

  it('uses a field\'s @Cost override', () => {
    expect(cost('{ report { rows { n } total { n } } }')).toBe(100);
  });

  it('does not charge introspection', () => {
    expect(cost('{ __schema { types { name fields { name } } } __typename }')).toBe(0);
  });
});
