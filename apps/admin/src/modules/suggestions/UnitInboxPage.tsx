import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { afterForPage, ASSIGNMENT_ROLE_LABELS, ASSIGNMENT_STATUS_LABELS, type SuggestionStatus } from '@luzhi/shared';
import type { SuggestionInboxQuery } from '../../gql/graphql';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { StatusTag } from './common';
import { INBOX } from './operations';

type Row = SuggestionInboxQuery['suggestionAssignments']['nodes'][number];
type Commitment = SuggestionInboxQuery['commitmentsDue'][number];
const PAGE = 20;
const VIEWS: Record<string, SuggestionStatus[] | undefined> = {
  open: ['ASSIGNED', 'HANDLING', 'REHANDLING'],
  replied: ['REPLIED', 'RATED', 'FOLLOWING_UP'],
  all: undefined,
};

/** A unit's inbox: its current assignments with their deadlines, and its commitments coming due. */
export function UnitInboxPage() {
  const { tr, label } = useI18n();
  const { viewer } = useAuth();
  const [view, setView] = useState<'open' | 'replied' | 'all' | 'overdue'>('open');
  const [page, setPage] = useState(1);
  const filter = view === 'overdue' ? { overdue: true } : { suggestionStatuses: VIEWS[view] };
  const { data, loading } = useQuery(INBOX, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter } });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={viewer?.role === 'HANDLING_UNIT' ? tr('本单位承办的建议', 'Our assignments') : tr('承办情况', 'Assignments')}>
        <Segmented style={{ marginBottom: 16 }} value={view} onChange={(v) => { setView(v as typeof view); setPage(1); }} options={[
          { value: 'open', label: tr('待办理', 'To handle') }, { value: 'overdue', label: tr('已逾期', 'Overdue') },
          { value: 'replied', label: tr('已答复', 'Replied') }, { value: 'all', label: tr('全部', 'All') },
        ]} />
        <Table<Row>
          rowKey="id" loading={loading} dataSource={data?.suggestionAssignments.nodes ?? []} data-testid="inbox"
          pagination={{ current: page, pageSize: PAGE, total: data?.suggestionAssignments.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: tr('编号', 'No.'), key: 'no', width: 130, render: (_, a) => a.suggestion.registrationNumber ?? '—' },
            { title: tr('标题', 'Title'), key: 'title', render: (_, a) => <Link to={`/suggestions/${a.suggestion.id}`}>{a.suggestion.title}</Link> },
            { title: tr('领衔代表', 'Lead deputy'), key: 'deputy', width: 100, render: (_, a) => a.suggestion.leadDeputy.name },
            ...(viewer?.role === 'HANDLING_UNIT' ? [] : [{ title: tr('单位', 'Unit'), key: 'org', render: (_: unknown, a: Row) => a.organization.name }]),
            { title: tr('主办/协办', 'Role'), dataIndex: 'role', width: 90, render: (r: Row['role']) => label(ASSIGNMENT_ROLE_LABELS[r]) },
            { title: tr('交办件', 'Assignment'), dataIndex: 'status', width: 100, render: (x: Row['status']) => <Tag>{label(ASSIGNMENT_STATUS_LABELS[x])}</Tag> },
            { title: tr('建议状态', 'Status'), key: 'status', width: 100, render: (_, a) => <StatusTag status={a.suggestion.status} /> },
            { title: tr('交办日期', 'Assigned'), dataIndex: 'assignedOn', width: 110 },
            {
              title: tr('答复期限', 'Reply due'), key: 'due', width: 130,
              render: (_, a) => <Typography.Text type={a.suggestion.overdue ? 'danger' : undefined}>{a.suggestion.replyDueDate ?? a.dueDate}{a.suggestion.overdue ? ` ${tr('逾期', 'overdue')}` : ''}</Typography.Text>,
            },
            { title: tr('可申请退回至', 'Return by'), key: 'ret', width: 120, render: (_, a) => (a.canRequestReturn ? a.returnDeadline : '—') },
          ]}
        />
      </Card>
      <Card title={tr('临期和逾期的承诺事项', 'Commitments coming due or overdue')} size="small">
        <Table<Commitment> rowKey="id" size="small" pagination={false} dataSource={data?.commitmentsDue ?? []} data-testid="commitments-due"
          columns={[
            { title: tr('建议', 'Suggestion'), key: 's', render: (_, c) => <Link to={`/suggestions/${c.suggestion.id}`}>{c.suggestion.registrationNumber ?? ''} {c.suggestion.title}</Link> },
            { title: tr('承诺事项', 'Commitment'), dataIndex: 'content' },
            ...(viewer?.role === 'HANDLING_UNIT' ? [] : [{ title: tr('单位', 'Unit'), key: 'org', render: (_: unknown, c: Commitment) => c.organization.name }]),
            { title: tr('完成时限', 'Due'), key: 'due', width: 130, render: (_, c) => <Typography.Text type={c.overdue ? 'danger' : 'warning'}>{c.dueDate}{c.overdue ? ` ${tr('逾期', 'overdue')}` : ''}</Typography.Text> },
          ]} />
      </Card>
    </Space>
  );
}
