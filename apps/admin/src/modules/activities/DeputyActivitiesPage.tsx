import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Input, Modal, Space, Statistic, Table } from 'antd';
import { ACTIVITY_TYPE_LABELS, RESPONDABLE_ACTIVITY_STATUSES, afterForPage, type ActivityType, type AttendanceStatus } from '@luzhi/shared';
import type { DeputyActivitiesQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { ActivityStatusTag, AttendanceTag, dateRange } from './common';
import { ANSWER, DEPUTY_ACTIVITIES } from './operations';

type Row = DeputyActivitiesQuery['deputyActivities']['nodes'][number];
const PAGE = 20;

/**
 * The activities a deputy was invited to and their attendance, with the attendance rate.
 * Exported for the deputy detail page to mount; a deputy viewing their own may confirm or ask for leave.
 */
export function DeputyActivities({ deputyId }: { deputyId?: string }) {
  const { tr, label } = useI18n();
  const { viewer } = useAuth();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const { data, loading, refetch } = useQuery(DEPUTY_ACTIVITIES, { variables: { deputyId, first: PAGE, after: afterForPage(page, PAGE) } });
  const [answer] = useMutation(ANSWER);
  const [leaveFor, setLeaveFor] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const own = viewer?.role === 'DEPUTY' && (!deputyId || deputyId === viewer.scopeDeputyId);
  const s = data?.deputyAttendance;
  const reply = async (activityId: string, response: 'CONFIRM' | 'ASK_LEAVE', why?: string) => {
    try {
      await answer({ variables: { activityId, input: { response, reason: why } } });
      message.success(response === 'CONFIRM' ? tr('已确认参加', 'Confirmed') : tr('已请假', 'Leave asked'));
      await refetch();
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {s && (
        <Space size="large" wrap data-testid="deputy-attendance">
          <Statistic title={tr('受邀(已举行)', 'Invited (held)')} value={s.invited} />
          <Statistic title={tr('出席', 'Attended')} value={s.attended} />
          <Statistic title={tr('请假', 'On leave')} value={s.onLeave} />
          <Statistic title={tr('缺席', 'Absent')} value={s.absent} />
          <Statistic title={tr('出席率(请假计未出席)', 'Attendance rate (leave counts as not attended)')} value={s.rate == null ? '—' : `${Math.round(s.rate * 100)}%`} />
          <Statistic title={tr('尚未举行(不计入出席率)', 'Not yet held (not in the rate)')} value={s.upcoming} />
        </Space>
      )}
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={data?.deputyActivities.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.deputyActivities.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('活动', 'Activity'), key: 't', render: (_, p) => (p.activity ? <Link to={`/activities/${p.activity.id}`}>{p.activity.title}</Link> : '—') },
          { title: tr('类型', 'Type'), key: 'ty', render: (_, p) => (p.activity ? label(ACTIVITY_TYPE_LABELS[p.activity.type as ActivityType]) : '') },
          { title: tr('日期', 'Dates'), key: 'd', render: (_, p) => (p.activity ? dateRange(p.activity.startDate, p.activity.endDate) : '') },
          { title: tr('活动状态', 'Activity status'), key: 's', render: (_, p) => p.activity && <ActivityStatusTag status={p.activity.status} /> },
          { title: tr('出席情况', 'Attendance'), dataIndex: 'status', render: (st: AttendanceStatus, p) => <>{<AttendanceTag status={st} />}{p.leaveReason ? `(${p.leaveReason})` : ''}</> },
          ...(own
            ? [{
                title: tr('答复', 'Answer'),
                key: 'x',
                render: (_: unknown, p: Row) => p.activity && RESPONDABLE_ACTIVITY_STATUSES.includes(p.activity.status) && p.status !== 'ATTENDED' && (
                  <Space size="small">
                    {p.status !== 'CONFIRMED' && <Button size="small" type="primary" onClick={() => reply(p.activity!.id, 'CONFIRM')}>{tr('确认参加', 'Confirm')}</Button>}
                    {p.status !== 'ON_LEAVE' && <Button size="small" onClick={() => { setLeaveFor(p.activity!.id); setReason(''); }}>{tr('请假', 'Ask for leave')}</Button>}
                  </Space>
                ),
              }]
            : []),
        ]}
      />
      <Modal open={!!leaveFor} title={tr('请假', 'Ask for leave')} onCancel={() => setLeaveFor(null)} onOk={async () => { if (await reply(leaveFor!, 'ASK_LEAVE', reason)) setLeaveFor(null); }}>
        <Input.TextArea placeholder={tr('请假事由(必填)', 'Reason (required)')} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Space>
  );
}

/** /deputies/:id/activities, and /my/activities for a deputy's own. */
export function DeputyActivitiesPage() {
  const { id } = useParams();
  const { tr } = useI18n();
  return (
    <Card title={id ? tr('代表参加活动情况', "A deputy's activities") : tr('我的活动邀请', 'My invitations')}>
      <DeputyActivities deputyId={id} />
    </Card>
  );
}
