import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select, Tag } from 'antd';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';

const DUTY_YEARS = graphql(`
  query DutyYears { dutyYears }
`);

const DUTY_DEPUTY_SEARCH = graphql(`
  query DutyDeputySearch($search: String) {
    deputies(first: 20, filter: { search: $search }) { nodes { id name position } }
  }
`);

/** The year a duty page shows: the latest with records unless the user picks another. */
export function useDutyYear(initial?: number): [number | undefined, (y: number) => void, number[]] {
  const { data } = useQuery(DUTY_YEARS);
  const years = data?.dutyYears ?? [];
  const [year, setYear] = useState<number | undefined>(initial);
  useEffect(() => {
    if (year === undefined && data) setYear(years[0] ?? new Date().getFullYear());
  }, [data, year, years]);
  return [year, setYear, years];
}

export function YearSelect({ value, onChange, years }: { value?: number; onChange(y: number): void; years: number[] }) {
  const { tr } = useI18n();
  const now = new Date().getFullYear();
  // The year after the latest with records too: next year's plan is made before it starts.
  const next = years.length ? Math.max(...years) + 1 : now + 1;
  const options = [...new Set([...years, next, now, now - 1, ...(value ? [value] : [])])].sort((a, b) => b - a);
  return (
    <Select
      data-testid="year-select"
      value={value}
      onChange={onChange}
      style={{ width: 120 }}
      options={options.map((y) => ({ value: y, label: tr(`${y} 年`, String(y)) }))}
    />
  );
}

/** Picks a deputy by name, pinyin or initials (zs finds 张三). */
export function DeputySelect({ value, onChange, placeholder }: { value?: string; onChange?(id: string | undefined): void; placeholder?: string }) {
  const { tr } = useI18n();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(DUTY_DEPUTY_SEARCH, { variables: { search: search || undefined } });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      value={value}
      onChange={onChange}
      loading={loading}
      placeholder={placeholder ?? tr('姓名或拼音', 'Name or pinyin')}
      style={{ minWidth: 200 }}
      options={(data?.deputies.nodes ?? []).map((d) => ({ value: d.id, label: `${d.name}${d.position ? ` · ${d.position}` : ''}` }))}
    />
  );
}

export function LabelTag({ label, color }: { label: { zh: string; en: string } | undefined; color?: string }) {
  const { label: pick } = useI18n();
  return <Tag color={color}>{pick(label)}</Tag>;
}

export const today = () => new Date().toISOString().slice(0, 10);
