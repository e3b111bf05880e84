import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { afterForPage, OBJECTION_STATUS_LABELS, OBJECTION_STATUSES, PERMISSIONS, type ObjectionStatus } from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DutyObjectionsQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/apollo';
import { validValues } from '../../app/form-errors';

const OBJECTIONS = graphql(`
  query DutyObjections($first: Int, $after: String, $filter: ObjectionFilter) {
    dutyRecordObjections(first: $first, after: $after, filter: $filter) { totalCount nodes { id version year itemKey itemLabel reason status resolution createdAt deputy { id name } } }
  }
`);
const RESOLVE = graphql(`mutation DutyResolveObjection($id: ID!, $input: ResolveObjectionInput!) { resolveDutyRecordObjection(id: $id, input: $input) { id status } }`);

type Row = DutyObjectionsQuery['dutyRecordObjections']['nodes'][number];
const PAGE = 20;

/** /duty/objections — deputies' objections to their records; staff correct the records and resolve. */
export function ObjectionsPage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [status, setStatus] = useState<ObjectionStatus | undefined>('OPEN');
  const [page, setPage] = useState(1);
  const { data, loading, refetch } = useQuery(OBJECTIONS, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { status } } });
  const [resolve] = useMutation(RESOLVE);
  const [resolving, setResolving] = useState<Row | null>(null);
  const [form] = Form.useForm();
  return (
    <Card title={tr('履职档案异议', 'Objections to duty records')}>
      <Space style={{ marginBottom: 16 }}>
        <Select allowClear style={{ width: 200 }} value={status} onChange={(v) => { setStatus(v); setPage(1); }} options={OBJECTION_STATUSES.map((s) => ({ value: s, label: label(OBJECTION_STATUS_LABELS[s]) }))} />
      </Space>
      <Table<Row> rowKey="id" loading={loading} dataSource={data?.dutyRecordObjections.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.dutyRecordObjections.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('代表', 'Deputy'), render: (_, o) => <Link to={`/duty/records/${o.deputy.id}/${o.year}`}>{o.deputy.name}</Link> },
          { title: tr('年度', 'Year'), dataIndex: 'year' },
          { title: tr('项目', 'Item'), dataIndex: 'itemLabel' },
          { title: tr('理由', 'Reason'), dataIndex: 'reason' },
          { title: tr('状态', 'Status'), dataIndex: 'status', render: (s: ObjectionStatus) => <Tag>{label(OBJECTION_STATUS_LABELS[s])}</Tag> },
          { title: tr('处理意见', 'Resolution'), dataIndex: 'resolution' },
          ...(can(PERMISSIONS.DUTY_WRITE) ? [{ title: '', render: (_: unknown, o: Row) => (o.status === 'OPEN' ? <Button size="small" onClick={() => setResolving(o)}>{tr('处理', 'Resolve')}</Button> : null) }] : []),
        ]} />
      <Modal open={!!resolving} title={tr('处理异议', 'Resolve the objection')} onCancel={() => setResolving(null)} destroyOnHidden
        onOk={async () => {
          const v = await validValues(form); if (!v) return;
          try {
            await resolve({ variables: { id: resolving!.id, input: { version: resolving!.version, accepted: v.accepted, resolution: v.resolution } } });
            message.success(tr('已处理', 'Resolved'));
            setResolving(null);
            await refetch();
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ accepted: true }}>
          <Form.Item name="accepted" label={tr('结论', 'Outcome')}>
            <Radio.Group options={[{ value: true, label: tr('采纳(已更正记录)', 'Accepted (records corrected)') }, { value: false, label: tr('不采纳', 'Rejected') }]} />
          </Form.Item>
          <Form.Item name="resolution" label={tr('处理意见', 'Resolution')} rules={[{ required: true }]}><Input.TextArea rows={3} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
