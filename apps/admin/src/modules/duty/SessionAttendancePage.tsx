import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Input, Radio, Space, Table } from 'antd';
import { afterForPage, PERMISSIONS, SESSION_ATTENDANCE_STATUS_LABELS, SESSION_ATTENDANCE_STATUSES, type SessionAttendanceStatus } from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DutySessionSheetQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/apollo';
import { SessionSelect, TermSelect } from '../../app/pickers/RegistryPickers';

// The page opens on the latest session of the county congresses (the committee's own), else of any.
const LATEST_SESSION = graphql(`
  query DutyLatestSession {
    county: sessions(level: COUNTY, latestFirst: true, first: 1) { id termId }
    any: sessions(latestFirst: true, first: 1) { id termId }
  }
`);
const SHEET = graphql(`
  query DutySessionSheet($sessionId: ID!, $first: Int, $after: String, $filter: SessionAttendanceFilter) {
    sessionAttendance(sessionId: $sessionId, first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { deputyId status note attendanceId version deputy { id name position } }
    }
  }
`);
const SAVE = graphql(`
  mutation DutyRecordSessionAttendance($sessionId: ID!, $entries: [SessionAttendanceEntryInput!]!) { recordSessionAttendance(sessionId: $sessionId, entries: $entries) }
`);

type Row = DutySessionSheetQuery['sessionAttendance']['nodes'][number];
const PAGE = 50;

/** /duty/sessions — who attended a plenary session, was on leave or absent. */
export function SessionAttendancePage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const latest = useQuery(LATEST_SESSION);
  const [termId, setTermId] = useState<string | undefined>();
  const [sessionId, setSessionId] = useState<string | undefined>();
  const [chosen, setChosen] = useState(false);
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [changes, setChanges] = useState<Record<string, { status: SessionAttendanceStatus; note?: string | null; version?: number | null }>>({});
  useEffect(() => {
    const first = latest.data?.county[0] ?? latest.data?.any[0];
    if (chosen || !first) return;
    setChosen(true);
    setTermId(first.termId);
    setSessionId(first.id);
  }, [latest.data, chosen]);
  const pickSession = (id: string | undefined) => {
    setChosen(true);
    setSessionId(id);
    setChanges({});
    setPage(1);
  };
  const { data, loading, refetch } = useQuery(SHEET, { skip: !sessionId, variables: { sessionId: sessionId ?? '', first: PAGE, after: afterForPage(page, PAGE), filter: { search: search || undefined } } });
  const [save, { loading: saving }] = useMutation(SAVE);
  const writable = can(PERMISSIONS.DUTY_WRITE);
  const statusOf = (r: Row) => changes[r.deputyId]?.status ?? (r.status as SessionAttendanceStatus | null);
  return (
    <Card
      title={tr('代表大会会议出席', 'Plenary-session attendance')}
      extra={writable && (
        <Button type="primary" loading={saving} disabled={!Object.keys(changes).length} onClick={async () => {
          try {
            const n = await save({ variables: { sessionId: sessionId!, entries: Object.entries(changes).map(([deputyId, c]) => ({ deputyId, status: c.status, note: c.note ?? null, version: c.version ?? null })) } });
            message.success(tr(`已保存 ${n.data?.recordSessionAttendance} 条`, `Saved ${n.data?.recordSessionAttendance}`));
            setChanges({});
            await refetch();
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}>{tr(`保存(${Object.keys(changes).length})`, `Save (${Object.keys(changes).length})`)}</Button>
      )}
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <TermSelect style={{ width: 320 }} value={termId} onChange={(v) => { setTermId(v); pickSession(undefined); }} testId="attendance-term" />
        <SessionSelect style={{ width: 320 }} termId={termId} value={sessionId} onChange={pickSession} testId="attendance-session" />
        <Input.Search allowClear placeholder={tr('代表姓名', 'Deputy name')} onSearch={(v) => { setSearch(v); setPage(1); }} style={{ width: 200 }} />
      </Space>
      <Table<Row> rowKey="deputyId" loading={loading} size="small" dataSource={data?.sessionAttendance.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.sessionAttendance.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('代表', 'Deputy'), render: (_, r) => r.deputy.name },
          { title: tr('职务', 'Position'), render: (_, r) => r.deputy.position ?? '' },
          {
            title: tr('出席情况', 'Attendance'),
            render: (_, r) => (
              <Radio.Group size="small" disabled={!writable} value={statusOf(r)} optionType="button"
                onChange={(e) => setChanges({ ...changes, [r.deputyId]: { status: e.target.value, note: r.note, version: r.version } })}
                options={SESSION_ATTENDANCE_STATUSES.map((s) => ({ value: s, label: label(SESSION_ATTENDANCE_STATUS_LABELS[s]) }))} />
            ),
          },
          { title: tr('备注', 'Note'), dataIndex: 'note' },
        ]} />
    </Card>
  );
}
