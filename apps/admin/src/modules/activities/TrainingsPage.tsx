import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Empty, Form, Input, InputNumber, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ATTENDANCE_STATUS_LABELS, HELD_ACTIVITY_STATUSES, PERMISSIONS, TRAINING_MODES, TRAINING_MODE_LABELS, afterForPage, type AttendanceStatus, type TrainingMode } from '@luzhi/shared';
import type { TrainingsQuery, CommitteeMeetingsQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useServerErrors, validValues } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { TermSelect } from '../../app/pickers/RegistryPickers';
import { ACTIVITY_ERRORS_BY_KEY, ActivityFormFields } from './ActivitiesPage';
import { ActivityStatusTag, AttendanceTag, DeputySelect, LeaveDialog, dateRange } from './common';
import { CREATE_MEETING, CREATE_TRAINING, MEETINGS, RECORD_QUIZ_RESULTS, SET_MEETING_ATTENDANCE, TRAININGS, TRAINING_SCORES } from './operations';

const PAGE = 20;
type Row = TrainingsQuery['trainings']['nodes'][number];

/** A training is an activity (plan, notice, attendance) plus its mode, hours, materials and quiz. */
function NewTrainingDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { tr, label } = useI18n();
  const navigate = useNavigate();
  const showError = useServerErrors();
  const [create, { loading }] = useMutation(CREATE_TRAINING);
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      const r = await create({
        variables: {
          input: {
            ...v, type: 'TRAINING', endDate: v.endDate || undefined, materials: v.materials || null,
            quizTitle: v.quizTitle || null, quizMaxScore: v.quizTitle ? (v.quizMaxScore ?? 100) : null,
          },
        },
      });
      onClose();
      // Next come the deputies to invite and the notice: the activity's own page.
      navigate(`/activities/${r.data!.createTraining.activity.id}`);
    } catch (err) {
      showError(err, form, ACTIVITY_ERRORS_BY_KEY);
    }
  };
  return (
    <Modal open={open} title={tr('新建培训', 'New training')} okText={tr('创建', 'Create')} onCancel={onClose} onOk={submit} confirmLoading={loading} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" preserve={false} data-testid="training-form" initialValues={{ type: 'TRAINING', mode: 'CONCENTRATED', quizMaxScore: 100 }}>
        <ActivityFormFields lockType />
        <Form.Item name="mode" label={tr('培训方式', 'Mode')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" options={TRAINING_MODES.map((m) => ({ value: m, label: label(TRAINING_MODE_LABELS[m]) }))} />
        </Form.Item>
        <Form.Item name="hours" label={tr('学时', 'Hours')} rules={[{ required: true, message: tr('请填写学时', 'Give the hours') }]}>
          <InputNumber min={0} max={500} step={0.5} />
        </Form.Item>
        <Form.Item name="materials" label={tr('学习材料(如《宪法》《代表法》)', 'Materials (e.g. the Constitution, the Deputies Law)')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="quizTitle" label={tr('知识答卷(可不填)', 'Quiz (optional)')}>
            <Input style={{ width: 320 }} />
          </Form.Item>
          <Form.Item name="quizMaxScore" label={tr('答卷满分', 'Maximum score')}>
            <InputNumber min={1} max={1000} precision={0} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

/** Quiz scores of a training's participants; blank ones are left as they are. */
function QuizScoresDialog({ training, onClose, onSaved }: { training: Row | null; onClose: () => void; onSaved: () => unknown }) {
  const { tr } = useI18n();
  const { message } = App.useApp();
  const showError = useServerErrors();
  const activityId = training?.activity.id;
  const { data, loading: loadingScores } = useQuery(TRAINING_SCORES, { variables: { activityId: activityId! }, skip: !activityId, fetchPolicy: 'network-only' });
  const [record, { loading }] = useMutation(RECORD_QUIZ_RESULTS);
  const [form] = Form.useForm();
  const a = data?.activity.id === activityId ? data?.activity : undefined;
  const max = a?.training?.quizMaxScore ?? training?.quizMaxScore ?? 100;
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    const scores = Object.entries((v.scores ?? {}) as Record<string, number | null>).filter(([, score]) => score != null).map(([deputyId, score]) => ({ deputyId, score: score! }));
    if (!scores.length) {
      message.warning(tr('请至少填写一位代表的得分', 'Enter at least one score'));
      return;
    }
    try {
      await record({ variables: { trainingId: training!.id, scores } });
      message.success(tr('答卷成绩已登记', 'Scores recorded'));
      onClose();
      await onSaved();
    } catch (err) {
      showError(err, form);
    }
  };
  return (
    <Modal
      open={!!training}
      title={`${tr('登记答卷成绩', 'Quiz scores')}:${training?.quizTitle ?? ''}`}
      okText={tr('保存', 'Save')}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={loading}
      okButtonProps={{ disabled: !a?.participants.length }}
      destroyOnHidden
      width={640}
    >
      {a && !a.participants.length ? (
        <Empty description={<>{tr('尚未邀请代表参加该培训', 'Nobody is invited to this training yet')} · <Link to={`/activities/${a.id}`}>{tr('去邀请', 'Invite deputies')}</Link></>} />
      ) : (
        <Form form={form} preserve={false} data-testid="quiz-form" key={a?.id ?? 'loading'} initialValues={{ scores: Object.fromEntries((a?.training?.quizResults ?? []).map((r) => [r.deputyId, r.score])) }}>
          <Typography.Paragraph type="secondary">{tr(`满分 ${max} 分;只填写出席并参加答卷的代表`, `Out of ${max}; fill in only those who attended and took the quiz`)}</Typography.Paragraph>
          <Table
            size="small"
            rowKey="id"
            loading={loadingScores && !a}
            dataSource={a?.participants ?? []}
            pagination={false}
            scroll={{ y: 400 }}
            columns={[
              { title: tr('代表', 'Deputy'), key: 'd', render: (_, p) => p.deputy.name },
              { title: tr('出席情况', 'Attendance'), key: 's', render: (_, p) => <AttendanceTag status={p.status} /> },
              {
                title: tr('得分', 'Score'),
                key: 'score',
                // Only those who attended took the quiz; a score out of range is said, never clamped.
                render: (_, p) => (p.status === 'ATTENDED' ? (
                  <Form.Item
                    name={['scores', p.deputyId]}
                    style={{ margin: 0 }}
                    rules={[{ type: 'number', min: 0, max, message: tr(`得分应在 0 到 ${max} 之间`, `A score is between 0 and ${max}`) }]}
                  >
                    <InputNumber step={0.5} aria-label={`${p.deputy.name} ${tr('得分', 'score')}`} />
                  </Form.Item>
                ) : <Typography.Text type="secondary">{tr('未出席,无成绩', 'Did not attend: no score')}</Typography.Text>),
              },
            ]}
          />
        </Form>
      )}
    </Modal>
  );
}

export function TrainingsPage() {
  const { tr, label } = useI18n();
  const { can, viewer } = useAuth();
  const [mode, setMode] = useState<TrainingMode>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [scoring, setScoring] = useState<Row | null>(null);
  const { data, loading, refetch } = useQuery(TRAININGS, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { mode } } });
  const canWrite = can(PERMISSIONS.ACTIVITY_WRITE);
  // The same rule as the activity's own page: a group leader manages their group's trainings.
  const mayScore = (t: Row) => canWrite && !!t.quizTitle && HELD_ACTIVITY_STATUSES.includes(t.activity.status) && (viewer?.role !== 'GROUP_LEADER' || t.activity.organizerGroup?.id === viewer.scopeGroupId);
  return (
    <Card
      title={tr('学习培训', 'Training')}
      extra={
        <Space>
          <Select allowClear placeholder={tr('培训方式', 'Mode')} style={{ width: 160 }} value={mode} onChange={(v) => { setMode(v); setPage(1); }} options={TRAINING_MODES.map((m) => ({ value: m, label: label(TRAINING_MODE_LABELS[m]) }))} />
          {canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-training">{tr('新建培训', 'New training')}</Button>}
        </Space>
      }
    >
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
          { title: tr('答卷平均分', 'Quiz average'), key: 'q', render: (_, t) => (t.quizTitle ? <span data-testid="quiz-average">{`${t.averageScore ?? '—'} / ${t.quizMaxScore}`}</span> : '—') },
          { title: tr('状态', 'Status'), key: 's', render: (_, t) => <ActivityStatusTag status={t.activity.status} /> },
          ...(canWrite ? [{ title: tr('操作', 'Actions'), key: 'x', render: (_: unknown, t: Row) => mayScore(t) && <Button size="small" onClick={() => setScoring(t)} data-testid="enter-scores">{tr('登记成绩', 'Scores')}</Button> }] : []),
        ]}
      />
      <NewTrainingDialog open={creating} onClose={() => setCreating(false)} />
      <QuizScoresDialog training={scoring} onClose={() => setScoring(null)} onSaved={refetch} />
    </Card>
  );
}

/** A meeting of the standing committee, with the deputies invited to sit in. */
function NewMeetingDialog({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => unknown }) {
  const { tr } = useI18n();
  const { message } = App.useApp();
  const showError = useServerErrors();
  const [create, { loading }] = useMutation(CREATE_MEETING);
  const [form] = Form.useForm();
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      await create({ variables: { input: { ...v, number: v.number ?? null, place: v.place || null, agenda: v.agenda || null, sittingInDeputyIds: v.sittingInDeputyIds ?? [] } } });
      message.success(tr('会议已创建,已邀请代表列席', 'Meeting created; the deputies are invited to sit in'));
      onClose();
      await onSaved();
    } catch (err) {
      showError(err, form);
    }
  };
  return (
    <Modal open={open} title={tr('新建常委会会议', 'New committee meeting')} okText={tr('创建', 'Create')} onCancel={onClose} onOk={submit} confirmLoading={loading} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" preserve={false} data-testid="meeting-form">
        <Form.Item name="termId" label={tr('届次', 'Term')} rules={[{ required: true, message: tr('请选择届次', 'Choose the term') }]}>
          <TermSelect />
        </Form.Item>
        <Space wrap>
          <Form.Item name="number" label={tr('第几次会议', 'Meeting no.')}>
            <InputNumber min={1} precision={0} />
          </Form.Item>
          <Form.Item name="meetingDate" label={tr('会议日期', 'Date')} rules={[{ required: true, message: tr('请填写会议日期', 'Give the date') }]}>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={tr('会议名称', 'Title')} rules={[{ required: true, message: tr('请填写会议名称', 'Give the title') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="place" label={tr('地点', 'Place')}>
          <Input />
        </Form.Item>
        <Form.Item name="agenda" label={tr('议程', 'Agenda')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="sittingInDeputyIds" label={tr('邀请列席的代表', 'Deputies invited to sit in')}>
          <DeputySelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type MeetingRow = CommitteeMeetingsQuery['committeeMeetings']['nodes'][number];

/**
 * The deputies invited to sit in on one meeting and whether they came: the committee's staff record
 * each as attended, on leave (with the reason) or absent, as on an activity's participants tab.
 */
function MeetingAttendances({ meeting, editable, onSaved }: { meeting: MeetingRow; editable: boolean; onSaved: () => unknown }) {
  const { tr, label } = useI18n();
  const { message } = App.useApp();
  const [set] = useMutation(SET_MEETING_ATTENDANCE);
  const [leaveFor, setLeaveFor] = useState<string | null>(null);
  const record = async (deputyId: string, status: AttendanceStatus, leaveReason?: string) => {
    try {
      await set({ variables: { meetingId: meeting.id, entries: [{ deputyId, status, leaveReason }] } });
      message.success(label(ATTENDANCE_STATUS_LABELS[status]));
      await onSaved();
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={meeting.attendances}
        data-testid="meeting-attendances"
        columns={[
          { title: tr('代表', 'Deputy'), key: 'd', render: (_, x) => <Link to={`/deputies/${x.deputy.id}/activities`}>{x.deputy.name}</Link> },
          { title: tr('列席情况', 'Attendance'), dataIndex: 'status', render: (st: AttendanceStatus) => <AttendanceTag status={st} /> },
          { title: tr('请假事由', 'Reason'), dataIndex: 'leaveReason' },
          ...(editable ? [{
            title: tr('登记', 'Record'),
            key: 'x',
            render: (_: unknown, x: MeetingRow['attendances'][number]) => (
              <Space size="small">
                {x.status !== 'ATTENDED' && <Button size="small" onClick={() => record(x.deputy.id, 'ATTENDED')}>{tr('出席', 'Attended')}</Button>}
                {x.status !== 'ON_LEAVE' && <Button size="small" onClick={() => setLeaveFor(x.deputy.id)}>{tr('请假', 'Leave')}</Button>}
                {x.status !== 'ABSENT' && <Button size="small" danger onClick={() => record(x.deputy.id, 'ABSENT')}>{tr('缺席', 'Absent')}</Button>}
              </Space>
            ),
          }] : []),
        ]}
      />
      <LeaveDialog open={!!leaveFor} onCancel={() => setLeaveFor(null)} onSubmit={(why) => record(leaveFor!, 'ON_LEAVE', why)} />
    </>
  );
}

export function MeetingsPage() {
  const { tr } = useI18n();
  const { can, viewer } = useAuth();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, loading, refetch } = useQuery(MEETINGS, { variables: { first: PAGE, after: afterForPage(page, PAGE) } });
  type Row = MeetingRow;
  // Committee meetings are the committee's own business: its staff, not a group leader.
  const mayCreate = can(PERMISSIONS.ACTIVITY_WRITE) && (viewer?.role === 'ADMIN' || viewer?.role === 'STAFF');
  return (
    <Card
      title={tr('常委会会议与代表列席', 'Committee meetings and deputies sitting in')}
      extra={mayCreate && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-meeting">{tr('新建会议', 'New meeting')}</Button>}
    >
      <NewMeetingDialog open={creating} onClose={() => setCreating(false)} onSaved={refetch} />
      <Table<Row>
        rowKey="id"
        loading={loading}
        dataSource={data?.committeeMeetings.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.committeeMeetings.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        expandable={{ expandedRowRender: (m) => <MeetingAttendances meeting={m} editable={mayCreate} onSaved={refetch} /> }}
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
