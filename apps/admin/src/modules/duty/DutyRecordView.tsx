import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Alert, Button, Card, Descriptions, Drawer, Form, Input, Modal, Space, Statistic, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { OBJECTION_STATUS_LABELS, PERMISSIONS, SCORE_GRADE_LABELS, type ObjectionStatus, type ScoreGrade } from '@luzhi/shared';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import type { DutyRecordViewQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/apollo';
import './duty-print.css';
import { validValues } from '../../app/form-errors';

const DUTY_RECORD = graphql(`
  query DutyRecordView($deputyId: ID!, $year: Int!) {
    dutyRecord(deputyId: $deputyId, year: $year) {
      deputyId year score grade attended onLeave absent attendancePercent ruleSetYear
      deputy { id name gender party position workUnit }
      items { key labelZh labelEn unitZh unitEn value points pointsPerUnit maxPoints adminPath }
      objections { id itemKey itemLabel reason status resolution createdAt }
    }
  }
`);

const DUTY_RECORD_ENTRIES = graphql(`
  query DutyRecordEntries($deputyId: ID!, $year: Int!, $key: String!, $first: Int, $after: String) {
    dutyRecordEntries(deputyId: $deputyId, year: $year, key: $key, first: $first, after: $after) {
      totalCount
      nodes { recordId recordType occurredOn title detail value adminPath }
    }
  }
`);

const RAISE_OBJECTION = graphql(`
  mutation DutyRaiseObjection($input: RaiseObjectionInput!) { raiseDutyRecordObjection(input: $input) { id status } }
`);

type Item = DutyRecordViewQuery['dutyRecord']['items'][number];
const GRADE_COLORS: Record<ScoreGrade, string> = { GOOD: 'green', FAIR: 'gold', POOR: 'default' };

/** The records behind one number, in a drawer. */
function EntriesDrawer({ deputyId, year, item, onClose }: { deputyId: string; year: number; item: Item | null; onClose(): void }) {
  const { tr, lang } = useI18n();
  const { data, loading } = useQuery(DUTY_RECORD_ENTRIES, { skip: !item, variables: { deputyId, year, key: item?.key ?? '', first: 100 } });
  const label = item ? (lang === 'en' ? item.labelEn : item.labelZh) : '';
  return (
    <Drawer open={!!item} onClose={onClose} size={640} title={`${label}(${data?.dutyRecordEntries.totalCount ?? '…'})`} destroyOnHidden>
      <Table
        data-testid="duty-entries"
        rowKey={(r) => `${r.recordType}:${r.recordId}`}
        loading={loading}
        size="small"
        pagination={false}
        dataSource={data?.dutyRecordEntries.nodes ?? []}
        columns={[
          { title: tr('日期', 'Date'), dataIndex: 'occurredOn', width: 110, render: (v?: string | null) => v ?? '—' },
          { title: tr('记录', 'Record'), dataIndex: 'title', render: (t: string, r) => (r.adminPath ? <Link to={r.adminPath}>{t}</Link> : t) },
          { title: tr('说明', 'Detail'), dataIndex: 'detail', render: (v?: string | null) => v ?? '' },
        ]}
      />
    </Drawer>
  );
}

/**
 * A deputy's duty record for a year: score, grade, every item with the records behind it, the
 * objections raised, and a printable layout. The deputy detail page mounts this component.
 */
export function DutyRecordView({ deputyId, year }: { deputyId: string; year: number }) {
  const { tr, lang, label } = useI18n();
  const { viewer, can } = useAuth();
  const { message } = App.useApp();
  const { data, loading, error, refetch } = useQuery(DUTY_RECORD, { variables: { deputyId, year } });
  const [open, setOpen] = useState<Item | null>(null);
  const [objecting, setObjecting] = useState<Item | null>(null);
  const [raise] = useMutation(RAISE_OBJECTION);
  const [form] = Form.useForm();
  if (error) return <Alert type="error" title={errorMessage(error)} />;
  const r = data?.dutyRecord;
  const mayObject = !!r && ((viewer?.role === 'DEPUTY' && viewer.scopeDeputyId === deputyId) || can(PERMISSIONS.DUTY_WRITE));
  const name = (i: Item) => (lang === 'en' ? i.labelEn : i.labelZh);
  const unit = (i: Item) => (lang === 'en' ? i.unitEn : i.unitZh);

  return (
    <Card className="duty-record-card" loading={loading && !r} data-testid="duty-record">
      {r && (
        <>
          <div className="duty-print-only" style={{ textAlign: 'center', marginBottom: 12 }}>
            <Typography.Title level={3} style={{ margin: 0 }}>{tr(`${r.deputy.name} ${r.year} 年度履职档案`, `Duty record of ${r.deputy.name}, ${r.year}`)}</Typography.Title>
          </div>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start" wrap>
            <Descriptions size="small" column={2} title={tr(`${r.deputy.name} · ${r.year} 年度履职档案`, `${r.deputy.name} · duty record ${r.year}`)}>
              <Descriptions.Item label={tr('职务', 'Position')}>{r.deputy.position ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={tr('积分表', 'Points table')}>{r.ruleSetYear ? tr(`${r.ruleSetYear} 年起施行`, `from ${r.ruleSetYear}`) : tr('默认积分', 'Defaults')}</Descriptions.Item>
            </Descriptions>
            <Space size="large">
              <Statistic title={tr('履职积分', 'Score')} value={r.score} precision={1} />
              <div>
                <div style={{ color: '#888' }}>{tr('等次', 'Grade')}</div>
                <Tag color={GRADE_COLORS[r.grade as ScoreGrade]} data-testid="duty-grade" style={{ fontSize: 16, padding: '4px 10px', marginTop: 6 }}>{label(SCORE_GRADE_LABELS[r.grade as ScoreGrade])}</Tag>
              </div>
              <Statistic title={tr('出勤率', 'Attendance')} value={r.attendancePercent ?? '—'} suffix={r.attendancePercent === null ? '' : '%'} />
              <Button className="duty-no-print" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="duty-print">{tr('打印', 'Print')}</Button>
            </Space>
          </Space>
          <Table<Item>
            style={{ marginTop: 16 }}
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={r.items}
            columns={[
              { title: tr('履职项目', 'Item'), render: (_, i) => name(i) },
              {
                title: tr('数量', 'Number'),
                align: 'right',
                render: (_, i) => (
                  <Button type="link" size="small" disabled={i.value === 0} onClick={() => setOpen(i)} data-testid={`duty-item-${i.key}`}>
                    {i.value} {unit(i)}
                  </Button>
                ),
              },
              { title: tr('分值', 'Points per unit'), align: 'right', render: (_, i) => `${i.pointsPerUnit}${i.maxPoints !== null ? tr(`(上限 ${i.maxPoints})`, ` (cap ${i.maxPoints})`) : ''}` },
              { title: tr('得分', 'Points'), dataIndex: 'points', align: 'right' },
              ...(mayObject ? [{ title: '', className: 'duty-no-print', render: (_: unknown, i: Item) => <Button size="small" type="text" onClick={() => setObjecting(i)}>{tr('异议', 'Object')}</Button> }] : []),
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}><b>{tr('合计(0–100)', 'Total (0–100)')}</b></Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right"><b data-testid="duty-score">{r.score}</b></Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {tr(`出席 ${r.attended} 次,请假 ${r.onLeave} 次,缺席 ${r.absent} 次(请假按未出席计算出勤率)。各项数字由记录自动统计,点击数字可查看对应记录。`,
              `Attended ${r.attended}, on leave ${r.onLeave}, absent ${r.absent} (leave counts as not attending). Every number is counted from the records: click one to see them.`)}
          </Typography.Paragraph>
          {r.objections.length > 0 && (
            <Table
              className="duty-no-print"
              title={() => tr('异议', 'Objections')}
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={r.objections}
              columns={[
                { title: tr('项目', 'Item'), dataIndex: 'itemLabel' },
                { title: tr('理由', 'Reason'), dataIndex: 'reason' },
                { title: tr('状态', 'Status'), dataIndex: 'status', render: (s: ObjectionStatus) => <Tag>{label(OBJECTION_STATUS_LABELS[s])}</Tag> },
                { title: tr('处理意见', 'Resolution'), dataIndex: 'resolution' },
              ]}
            />
          )}
          <EntriesDrawer deputyId={deputyId} year={year} item={open} onClose={() => setOpen(null)} />
          <Modal
            open={!!objecting}
            title={`${tr('提出异议', 'Raise an objection')}:${objecting ? name(objecting) : ''}`}
            onCancel={() => setObjecting(null)}
            destroyOnHidden
            onOk={async () => {
              const v = await validValues(form); if (!v) return;
              try {
                await raise({ variables: { input: { deputyId, year, itemKey: objecting!.key, reason: v.reason } } });
                message.success(tr('已提交,工作人员将核实处理', 'Sent: the staff will check it'));
                setObjecting(null);
                await refetch();
              } catch (err) {
                message.error(errorMessage(err));
              }
            }}
          >
            <Form form={form} layout="vertical" preserve={false}>
              <Form.Item name="reason" label={tr('理由', 'Reason')} rules={[{ required: true }]}>
                <Input.TextArea rows={4} />
              </Form.Item>
            </Form>
          </Modal>
        </>
      )}
    </Card>
  );
}
