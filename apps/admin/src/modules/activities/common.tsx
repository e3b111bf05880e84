import { useEffect, useState, type Key } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Button, Form, Input, Modal, Select, Space, Tag, type TableProps } from 'antd';
import {
  ACTIVITY_STATUS_LABELS, ATTENDANCE_STATUS_LABELS, FINDING_STATUS_LABELS, PERMISSIONS, PLAN_ITEM_PROGRESS_LABELS,
  type ActivityStatus, type AttendanceStatus, type FindingStatus, type Lang, type PlanItemProgress,
} from '@luzhi/shared';
import { tokenStore } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { validValues } from '../../app/form-errors';
import { useI18n, formatDateTime } from '../../app/i18n';
import { DEPUTY_SEARCH } from './operations';

const ACTIVITY_COLORS: Record<ActivityStatus, string> = { PLANNED: 'default', NOTIFIED: 'blue', IN_PROGRESS: 'orange', COMPLETED: 'green', CANCELLED: 'default' };
const FINDING_COLORS: Record<FindingStatus, string> = { OPEN: 'red', INVESTIGATING: 'orange', RECTIFYING: 'gold', RESOLVED: 'green', CLOSED_UNRESOLVED: 'default' };
const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = { INVITED: 'default', CONFIRMED: 'blue', ATTENDED: 'green', ON_LEAVE: 'gold', ABSENT: 'red' };
export const PROGRESS_COLORS: Record<PlanItemProgress, string> = { NOT_SCHEDULED: 'default', SCHEDULED: 'blue', IN_PROGRESS: 'orange', HELD: 'green', OVERDUE: 'red' };

export function ActivityStatusTag({ status }: { status: ActivityStatus }) {
  const { label } = useI18n();
  return <Tag color={ACTIVITY_COLORS[status]} data-testid="activity-status">{label(ACTIVITY_STATUS_LABELS[status])}</Tag>;
}

export function FindingStatusTag({ status }: { status: FindingStatus }) {
  const { label } = useI18n();
  return <Tag color={FINDING_COLORS[status]} data-testid="finding-status">{label(FINDING_STATUS_LABELS[status])}</Tag>;
}

export function AttendanceTag({ status }: { status: AttendanceStatus }) {
  const { label } = useI18n();
  return <Tag color={ATTENDANCE_COLORS[status]}>{label(ATTENDANCE_STATUS_LABELS[status])}</Tag>;
}

export function ProgressTag({ progress }: { progress: PlanItemProgress }) {
  const { label } = useI18n();
  return <Tag color={PROGRESS_COLORS[progress]}>{label(PLAN_ITEM_PROGRESS_LABELS[progress])}</Tag>;
}

interface Linked {
  suggestionId?: string | null;
  suggestion?: { id: string; title: string; registrationNumber?: string | null } | null;
}

/**
 * The suggestion a finding became: a link when the viewer may open it (its number, or "draft";
 * `withTitle` adds the title), otherwise only the fact.
 */
export function FindingSuggestionLink({ finding, withTitle }: { finding: Linked; withTitle?: boolean }) {
  const { tr } = useI18n();
  const s = finding.suggestion;
  if (!s) return finding.suggestionId ? <Tag color="purple">{tr('已转建议', 'Became a suggestion')}</Tag> : null;
  return (
    <Link to={`/suggestions/${s.id}`} data-testid="finding-suggestion-link">
      <Space size={4}>
        <Tag color="purple">{s.registrationNumber ?? tr('建议草稿', 'Draft suggestion')}</Tag>
        {withTitle && s.title}
      </Space>
    </Link>
  );
}

/**
 * Choosing findings not yet made into suggestions, for "转为建议": the table's row selection and
 * the button that opens the new-suggestion form drafted from them. Neither shows to a viewer who
 * may not make suggestions.
 */
export function useMakeSuggestion<T extends Linked & { id: string }>() {
  const { tr } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const [selected, setSelected] = useState<Key[]>([]);
  if (!can(PERMISSIONS.SUGGESTION_SUBMIT)) return { rowSelection: undefined, button: null };
  const rowSelection: TableProps<T>['rowSelection'] = {
    selectedRowKeys: selected,
    preserveSelectedRowKeys: true,
    onChange: setSelected,
    getCheckboxProps: (f) => ({ disabled: !!f.suggestionId }),
  };
  const button = (
    <Button disabled={!selected.length} onClick={() => navigate(`/suggestions/new?findings=${selected.join(',')}`)} data-testid="make-suggestion">
      {tr('转为建议', 'Make a suggestion')}{selected.length ? ` (${selected.length})` : ''}
    </Button>
  );
  return { rowSelection, button };
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** A month of the plan (1–12) as a reader says it: 3 月, March. */
export const monthName = (month: number, lang: Lang) => (lang === 'en' ? EN_MONTHS[month - 1] ?? String(month) : `${month} 月`);

export const dateRange = (start: string, end: string) => (start === end ? start : `${start} ~ ${end}`);
export const dateTime = (v?: string | null) => formatDateTime(v);

export { uploadFile } from '../../app/files';

/** Asks why a deputy is on leave, then records it: activity participants and meeting attendance alike. */
export function LeaveDialog({ open, onCancel, onSubmit }: { open: boolean; onCancel: () => void; onSubmit: (reason: string) => Promise<boolean> }) {
  const { tr } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={tr('登记请假', 'Record leave')}
      onCancel={onCancel}
      destroyOnHidden
      onOk={async () => {
        const v = await validValues(form);
        if (v && (await onSubmit(v.reason.trim()))) onCancel();
      }}
    >
      <Form form={form} preserve={false}>
        <Form.Item name="reason" rules={[{ required: true, whitespace: true, message: tr('请填写请假事由', 'Give the reason') }]}>
          <Input.TextArea aria-label={tr('请假事由', 'Reason')} placeholder={tr('请假事由', 'Reason')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Downloads an attachment with the session token (files are not public links). */
export async function downloadFile(url: string, filename: string): Promise<void> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${tokenStore.get() ?? ''}` } });
  if (!res.ok) throw new Error(res.statusText);
  const blob = await res.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  a.click();
  URL.revokeObjectURL(a.href);
}

/**
 * Deputies chosen one by one, searched by name or pinyin (a form control: value and onChange are
 * deputy ids). Names already chosen stay readable while the next search replaces the options.
 */
export function DeputySelect({ value = [], onChange, id, placeholder, testId }: { value?: string[]; onChange?: (ids: string[]) => void; id?: string; placeholder?: string; testId?: string }) {
  const { tr } = useI18n();
  // What is typed is searched 300 ms after the last key: one request per pause, and the options
  // do not change under the pointer while a name is still being typed.
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const [known, setKnown] = useState<Record<string, string>>({});
  const { data } = useQuery(DEPUTY_SEARCH, { variables: { search }, skip: !search });
  const found = (data?.deputies.nodes ?? []).map((d) => ({ value: d.id, label: `${d.name}${d.workUnit ? ` · ${d.workUnit}` : ''}` }));
  const chosen = value.filter((v) => !found.some((f) => f.value === v)).map((v) => ({ value: v, label: known[v] ?? v }));
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setTyped}
      placeholder={placeholder ?? tr('输入姓名或拼音', 'Name or pinyin')}
      style={{ minWidth: 240 }}
      value={value}
      onChange={(ids: string[]) => {
        setKnown((k) => ({ ...k, ...Object.fromEntries(found.filter((f) => ids.includes(f.value)).map((f) => [f.value, f.label])) }));
        onChange?.(ids);
      }}
      options={[...chosen, ...found]}
      data-testid={testId}
    />
  );
}
