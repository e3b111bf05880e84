import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select, Spin, Typography } from 'antd';
import type { CongressLevel } from '@luzhi/shared';
import { graphql } from '../../gql';
import { useI18n } from '../i18n';

/** How many matches a select shows: enough to choose from, few enough to be quick at national scale. */
export const PICK_PAGE = 30;

const PICK_TERMS = graphql(`
  query PickTerms($search: String, $level: CongressLevel, $congressId: ID, $first: Int!) {
    terms(search: $search, level: $level, congressId: $congressId, first: $first) { id name congressId congress { id name level } }
  }
`);

const PICKED_TERMS = graphql(`
  query PickedTerms($ids: [ID!]!) {
    terms(ids: $ids) { id name congressId congress { id name level } }
  }
`);

const PICK_CONGRESSES = graphql(`
  query PickCongresses($search: String, $level: CongressLevel, $first: Int!) {
    congresses(search: $search, level: $level, first: $first) { id name level }
  }
`);

const PICKED_CONGRESSES = graphql(`
  query PickedCongresses($ids: [ID!]!) {
    congresses(ids: $ids) { id name level }
  }
`);

const TERM_SESSIONS = graphql(`
  query PickSessions($termId: ID!) {
    sessions(termId: $termId) { id name startDate }
  }
`);

const PICK_GROUPS = graphql(`
  query PickGroups($search: String, $termId: ID, $congressId: ID, $level: CongressLevel, $ids: [ID!], $first: Int!) {
    groups(filter: { search: $search, termId: $termId, congressId: $congressId, level: $level }, ids: $ids, first: $first) { id name termId term { id name congress { id name } } }
  }
`);

const PICKED_GROUPS = graphql(`
  query PickedGroups($ids: [ID!]!) {
    groups(ids: $ids) { id name termId term { id name congress { id name } } }
  }
`);

const PICK_DIVISIONS = graphql(`
  query PickDivisions($search: String, $first: Int!) {
    divisions(search: $search, first: $first) { id name parent { id name } }
  }
`);

const PICKED_DIVISIONS = graphql(`
  query PickedDivisions($ids: [ID!]!) {
    divisions(ids: $ids) { id name parent { id name } }
  }
`);

export interface PickedGroup {
  id: string;
  name: string;
  termId: string;
  term: { id: string; name: string; congress: { id: string; name: string } };
}

export interface PickedDivision {
  id: string;
  name: string;
  parent?: { id: string; name: string } | null;
}

/** "第一代表小组 · 第十四届 · 柳河区人民代表大会": group names repeat from one congress to the next. */
export const groupLabel = (g: { name: string; term: { name: string; congress: { name: string } } }) => `${g.name} · ${termLabel(g.term)}`;

/** "城关街道 · 柳河区": several districts have a 城关街道. */
export const divisionLabel = (d: { name: string; parent?: { name: string } | null }) => (d.parent ? `${d.name} · ${d.parent.name}` : d.name);

export interface PickedTerm {
  id: string;
  name: string;
  congressId: string;
  congress: { id: string; name: string; level: CongressLevel };
}

export interface PickedCongress {
  id: string;
  name: string;
  level: CongressLevel;
}

/** "第十四届 · 柳河区人民代表大会": typed back into the search, it finds this term. */
export const termLabel = (t: { name: string; congress: { name: string } }) => `${t.name} · ${t.congress.name}`;

/**
 * What is typed into a searching select and the search it settles into 300 ms after the last key:
 * one request per pause, not per key.
 */
function useSettledSearch() {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const wanted = typed.trim();
  useEffect(() => {
    if (wanted === search) return;
    const timer = setTimeout(() => setSearch(wanted), 300);
    return () => clearTimeout(timer);
  }, [wanted, search]);
  return {
    search,
    /** The results of `search` answer what is in the box now. */
    settled: wanted === search,
    onSearch: setTyped,
    reset: () => {
      setTyped('');
      setSearch('');
    },
  };
}

interface ChoiceProps<T> {
  value?: string | null;
  onChange?: (id: string | undefined, item: T | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  /** The form item's id, so its label names the select (Form.Item passes it). */
  id?: string;
  testId?: string;
}

/**
 * What every single-choice picker keeps: the settled search, whether its list is open (it asks the
 * server only then), and the item picked, which labels the value without a lookup by id.
 */
function usePickState<T extends { id: string }>(value: string | null | undefined) {
  const search = useSettledSearch();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<T>();
  const id = value ?? undefined;
  return {
    search,
    open,
    value: id,
    known: picked?.id === id ? picked : undefined,
    /** For ChoiceSelect. */
    control: { search, onOpenChange: setOpen, onPick: setPicked },
  };
}

/**
 * The select the pickers share. Options are shown only once they answer what is in the box and
 * then stay put: on a loaded machine, options replaced while a name was still being typed moved
 * under the pointer and another one was picked. The chosen value's label comes from what was
 * picked or from a lookup by id, not from the options, so it shows whatever the search.
 */
function ChoiceSelect<T extends { id: string }>(props: ChoiceProps<T> & {
  search: ReturnType<typeof useSettledSearch>;
  onOpenChange(open: boolean): void;
  found: T[] | undefined;
  loading: boolean;
  labelOf(item: T): string;
  chosen: T | undefined;
  /** The chosen value's label is being looked up by id. */
  lookingUp: boolean;
  onPick(item: T): void;
  defaultPlaceholder: string;
  empty: string;
}) {
  const { tr } = useI18n();
  const ready = props.search.settled && !props.loading && props.found !== undefined;
  const found = ready ? props.found! : [];
  const waiting: ReactNode = <Spin size="small" />;
  return (
    <Select<string>
      id={props.id}
      data-testid={props.testId}
      showSearch={{ filterOption: false, onSearch: props.search.onSearch }}
      allowClear={props.allowClear ?? true}
      disabled={props.disabled}
      placeholder={props.placeholder ?? props.defaultPlaceholder}
      style={props.style ?? { width: '100%' }}
      value={props.value ?? undefined}
      onOpenChange={(open) => {
        props.onOpenChange(open);
        if (!open) props.search.reset();
      }}
      onChange={(id) => {
        const item = found.find((f) => f.id === id);
        if (item) props.onPick(item);
        props.onChange?.(id ?? undefined, item);
      }}
      labelRender={({ value }) => (props.chosen?.id === value ? props.labelOf(props.chosen) : props.lookingUp ? waiting : String(value))}
      options={found.map((f) => ({ value: f.id, label: props.labelOf(f) }))}
      notFoundContent={ready ? props.empty : waiting}
      popupRender={(menu) => (
        <>
          {menu}
          {found.length >= PICK_PAGE && (
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }} data-testid="pick-more">
              {tr(`只列出前 ${PICK_PAGE} 项,请输入名称缩小范围`, `The first ${PICK_PAGE} only: type to narrow`)}
            </Typography.Text>
          )}
        </>
      )}
    />
  );
}

/**
 * A term, searched on the server by its name and its congress's name or region ("柳河 十四"),
 * shown as "届次 · 人大名称"; `level` or `congressId` narrows the choice.
 */
export function TermSelect({ level, congressId, ...props }: ChoiceProps<PickedTerm> & { level?: CongressLevel | null; congressId?: string | null }) {
  const { tr } = useI18n();
  const pick = usePickState<PickedTerm>(props.value);
  const list = useQuery(PICK_TERMS, {
    variables: { search: pick.search.search || null, level: level ?? null, congressId: congressId ?? null, first: PICK_PAGE },
    skip: !pick.open,
  });
  const byId = useQuery(PICKED_TERMS, { variables: { ids: pick.value ? [pick.value] : [] }, skip: !pick.value || !!pick.known });
  return (
    <ChoiceSelect<PickedTerm>
      {...props}
      {...pick.control}
      found={list.data?.terms}
      loading={list.loading}
      labelOf={termLabel}
      chosen={pick.known ?? byId.data?.terms.find((t) => t.id === pick.value)}
      lookingUp={byId.loading}
      defaultPlaceholder={tr('届次或人大名称', 'Term or congress name')}
      empty={tr('没有匹配的届', 'No matching term')}
    />
  );
}

/** A congress, searched on the server by name or region; `level` narrows the choice. */
export function CongressSelect({ level, ...props }: ChoiceProps<PickedCongress> & { level?: CongressLevel | null }) {
  const { tr } = useI18n();
  const pick = usePickState<PickedCongress>(props.value);
  const list = useQuery(PICK_CONGRESSES, { variables: { search: pick.search.search || null, level: level ?? null, first: PICK_PAGE }, skip: !pick.open });
  const byId = useQuery(PICKED_CONGRESSES, { variables: { ids: pick.value ? [pick.value] : [] }, skip: !pick.value || !!pick.known });
  return (
    <ChoiceSelect<PickedCongress>
      {...props}
      {...pick.control}
      found={list.data?.congresses}
      loading={list.loading}
      labelOf={(c) => c.name}
      chosen={pick.known ?? byId.data?.congresses.find((c) => c.id === pick.value)}
      lookingUp={byId.loading}
      defaultPlaceholder={tr('人大名称或地区', 'Congress name or region')}
      empty={tr('没有匹配的人大', 'No matching congress')}
    />
  );
}

/** The plenary sessions of one term (a handful), loaded once the term is chosen. */
export function SessionSelect({ termId, value, onChange, placeholder, id, testId, style }: {
  termId?: string | null;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  id?: string;
  testId?: string;
  style?: CSSProperties;
}) {
  const { tr } = useI18n();
  const { data, loading } = useQuery(TERM_SESSIONS, { variables: { termId: termId ?? '' }, skip: !termId });
  return (
    <Select<string>
      id={id}
      data-testid={testId}
      allowClear
      disabled={!termId}
      loading={loading}
      placeholder={placeholder ?? (termId ? tr('会议', 'Session') : tr('先选择届', 'Choose the term first'))}
      style={style ?? { width: '100%' }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={(termId ? data?.sessions ?? [] : []).map((s) => ({ value: s.id, label: s.name }))}
    />
  );
}

interface GroupNarrowing {
  termId?: string | null;
  congressId?: string | null;
  level?: CongressLevel | null;
  /** Only these groups, e.g. a group leader's own. */
  onlyIds?: string[] | null;
}

function usePickGroups({ termId, congressId, level, onlyIds }: GroupNarrowing, search: string, open: boolean) {
  return useQuery(PICK_GROUPS, {
    variables: { search: search || null, termId: termId ?? null, congressId: congressId ?? null, level: level ?? null, ids: onlyIds ?? null, first: PICK_PAGE },
    skip: !open,
  });
}

/**
 * An activity group, searched on the server by its name and its term's and congress's names
 * ("第一 柳河 十四"), shown as "小组 · 届次 · 人大名称"; `termId`, `congressId`, `level` or
 * `onlyIds` narrows the choice.
 */
export function GroupSelect({ termId, congressId, level, onlyIds, ...props }: ChoiceProps<PickedGroup> & GroupNarrowing) {
  const { tr } = useI18n();
  const pick = usePickState<PickedGroup>(props.value);
  const list = usePickGroups({ termId, congressId, level, onlyIds }, pick.search.search, pick.open);
  const byId = useQuery(PICKED_GROUPS, { variables: { ids: pick.value ? [pick.value] : [] }, skip: !pick.value || !!pick.known });
  return (
    <ChoiceSelect<PickedGroup>
      {...props}
      {...pick.control}
      found={list.data?.groups}
      loading={list.loading}
      labelOf={groupLabel}
      chosen={pick.known ?? byId.data?.groups.find((g) => g.id === pick.value)}
      lookingUp={byId.loading}
      defaultPlaceholder={tr('小组、届次或人大名称', 'Group, term or congress name')}
      empty={tr('没有匹配的小组', 'No matching group')}
    />
  );
}

/**
 * Several groups, searched as GroupSelect does (a form control: value and onChange are group ids).
 * The chosen ones keep their labels, from what was picked or from a lookup by id.
 */
export function GroupsSelect({ termId, congressId, level, onlyIds, value = [], onChange, placeholder, id, testId, style }: GroupNarrowing & {
  value?: string[];
  onChange?: (ids: string[]) => void;
  placeholder?: string;
  id?: string;
  testId?: string;
  style?: CSSProperties;
}) {
  const { tr } = useI18n();
  const search = useSettledSearch();
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<Record<string, PickedGroup>>({});
  const list = usePickGroups({ termId, congressId, level, onlyIds }, search.search, open);
  const unknown = value.filter((v) => !picked[v]);
  const byId = useQuery(PICKED_GROUPS, { variables: { ids: unknown }, skip: !unknown.length });
  const labelOf = (v: string) => {
    const g = picked[v] ?? byId.data?.groups.find((f) => f.id === v);
    return g ? groupLabel(g) : byId.loading ? <Spin size="small" /> : v;
  };
  const ready = search.settled && !list.loading && list.data !== undefined;
  const found = ready ? list.data!.groups : [];
  return (
    <Select<string[]>
      id={id}
      data-testid={testId}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: search.onSearch }}
      allowClear
      placeholder={placeholder ?? tr('小组、届次或人大名称', 'Group, term or congress name')}
      style={style ?? { minWidth: 240 }}
      value={value}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) search.reset();
      }}
      onChange={(ids) => {
        setPicked((p) => ({ ...p, ...Object.fromEntries(found.filter((f) => ids.includes(f.id)).map((f) => [f.id, f])) }));
        onChange?.(ids);
      }}
      labelRender={({ value: v }) => labelOf(String(v))}
      options={found.map((f) => ({ value: f.id, label: groupLabel(f) }))}
      notFoundContent={ready ? tr('没有匹配的小组', 'No matching group') : <Spin size="small" />}
    />
  );
}

/** A division, searched on the server by its name, code or its parent's name, shown with its parent's name. */
export function DivisionSelect(props: ChoiceProps<PickedDivision>) {
  const { tr } = useI18n();
  const pick = usePickState<PickedDivision>(props.value);
  const list = useQuery(PICK_DIVISIONS, { variables: { search: pick.search.search || null, first: PICK_PAGE }, skip: !pick.open });
  const byId = useQuery(PICKED_DIVISIONS, { variables: { ids: pick.value ? [pick.value] : [] }, skip: !pick.value || !!pick.known });
  return (
    <ChoiceSelect<PickedDivision>
      {...props}
      {...pick.control}
      found={list.data?.divisions}
      loading={list.loading}
      labelOf={divisionLabel}
      chosen={pick.known ?? byId.data?.divisions.find((d) => d.id === pick.value)}
      lookingUp={byId.loading}
      defaultPlaceholder={tr('区划名称或代码', 'Division name or code')}
      empty={tr('没有匹配的区划', 'No matching division')}
    />
  );
}
