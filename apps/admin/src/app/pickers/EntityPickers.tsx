import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { graphql } from '../../gql';
import { useI18n } from '../i18n';

const ORGANIZATIONS = graphql(`
  query PickOrganizations($search: String, $handles: Boolean) {
    organizations(first: 30, filter: { search: $search, handlesSuggestions: $handles }) { nodes { id name } }
  }
`);

const DEPUTIES = graphql(`
  query PickDeputies($search: String) {
    deputies(first: 30, filter: { search: $search }) { nodes { id name workUnit position } }
  }
`);

interface PickerProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  style?: React.CSSProperties;
}

/** Searchable select of organizations (optionally only handling units). */
export function OrganizationPicker({ handlingOnly, ...props }: PickerProps & { handlingOnly?: boolean }) {
  const { tr } = useI18n();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(ORGANIZATIONS, { variables: { search: search || undefined, handles: handlingOnly ? true : undefined } });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      loading={loading}
      placeholder={props.placeholder ?? tr('输入名称搜索单位', 'Type to search organizations')}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      options={(data?.organizations.nodes ?? []).map((o) => ({ value: o.id, label: o.name }))}
      style={props.style ?? { width: '100%' }}
    />
  );
}

/** Searchable select of deputies: name, pinyin or initials ("zs" finds 张三). */
export function DeputyPicker(props: PickerProps) {
  const { tr } = useI18n();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(DEPUTIES, { variables: { search: search || undefined } });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      loading={loading}
      placeholder={props.placeholder ?? tr('姓名或拼音首字母', 'Name or pinyin initials')}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      options={(data?.deputies.nodes ?? []).map((d) => ({ value: d.id, label: [d.name, d.workUnit, d.position].filter(Boolean).join(' · ') }))}
      style={props.style ?? { width: '100%' }}
    />
  );
}
