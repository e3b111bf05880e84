import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Card, Select, Table, Tag } from 'antd';
import { TRAINING_MODES, TRAINING_MODE_LABELS, afterForPage, type TrainingMode } from '@luzhi/shared';
import type { TrainingsQuery, CommitteeMeetingsQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { ActivityStatusTag, AttendanceTag, dateRange } from './common';
import { MEETINGS, TRAININGS } from './operations';

const PAGE = 20;

export function TrainingsPage() {
  const { tr, label } = useI18n();
  const [mode, setMode] = useState<TrainingMode>();
  const [page, setPage] = useState(1);
  const { data, loading } = useQuery(TRAININGS, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { mode } } });
  type Row = TrainingsQuery['trainings']['nodes'][number];
  return (
    <Card title={tr('学习培训', 'Training')} extra={<Select allowClear placeholder={tr('培训方式', 'Mode')} style={{ width: 160 }} value={mode} onChange={(v) => { setMode(v); setPage(1); }} options={TRAINING_MODES.map((m) => ({ value: m, label: label(TRAINING_MODE_LABELS[m]) }))} />}>
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={data?.trainings.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.trainings.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('培训', 'Training'), key: 't', render: (_, t) => <Link to={`/activities/${t.activity.id}`}>{t.activity.title}</Link> },
          { title: tr('方式', 'Mode'), dataIndex: 'mode', render: (m: TrainingMode) => <Tag>{label(TRAINING_MODE_LABELS[m])}</Tag> },
          { title: tr('日期', 'Dates'), key: 'd', render: (_, t) => dateRange(t.activity.startDate, t.activity.endDate) },
          { title: tr('学时', 'Hours'), dataIndex: 'hours' },
          { title: tr('学习材料', 'Materials'), dataIndex: 'materials', ellipsis: true },
          { title: tr('出席/邀请', 'Attended / invited'), key: 'a', render: (_, t) => `${t.activity.attendance.attended} / ${t.activity.attendance.invited}` },
          { title: tr('答卷平均分', 'Quiz average'), key: 'q', render: (_, t) => (t.quizTitle ? `${t.averageScore ?? '—'} / ${t.quizMaxScore}` : '—') },
          { title: tr('状态', 'Status'), key: 's', render: (_, t) => <ActivityStatusTag status={t.activity.status} /> },
        ]}
      />
    </Card>
  );
}

export function MeetingsPage() {
  const { tr } = useI18n();
  const [page, setPage] = useState(1);
  const { data, loading } = useQuery(MEETINGS, { variables: { first: PAGE, after: afterForPage(page, PAGE) } });
  type Row = CommitteeMeetingsQuery['committeeMeetings']['nodes'][number];
  return (
    <Card title={tr('常委会会议与代表列席', 'Committee meetings and deputies sitting in')}>
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={data?.committeeMeetings.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.committeeMeetings.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        expandable={{
          expandedRowRender: (m) => (
            <div>
              {m.attendances.map((x) => (
                <span key={x.id} style={{ marginRight: 12 }}>
                  <Link to={`/deputies/${x.deputy.id}/activities`}>{x.deputy.name}</Link> <AttendanceTag status={x.status} />{x.leaveReason ? `(${x.leaveReason})` : ''}
                </span>
              ))}
            </div>
          ),
        }}
        columns={[
          { title: tr('会议', 'Meeting'), dataIndex: 'title' },
          { title: tr('日期', 'Date'), dataIndex: 'meetingDate' },
          { title: tr('议程', 'Agenda'), dataIndex: 'agenda', ellipsis: true },
          { title: tr('列席代表(出席/邀请)', 'Sitting in (attended / invited)'), key: 'a', render: (_, m) => `${m.attendance.attended} / ${m.attendance.invited}` },
        ]}
      />
    </Card>
  );
}
