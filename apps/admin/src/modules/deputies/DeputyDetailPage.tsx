import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import {
  CONGRESS_LEVEL_LABELS, DEPUTY_STATUS_LABELS, EDUCATION_LABELS, GENDER_LABELS, GROUP_ROLE_LABELS, MANDATE_END_REASON_LABELS, OCCUPATION_CATEGORY_LABELS,
  PARTY_LABELS, PERMISSIONS,
} from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DeputyDetailQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { TermSelect } from '../../app/pickers/RegistryPickers';
import { nullable, useLabelOptions, useSharedRules } from '../registry/registry-ui';
import { DeputyFormModal } from './DeputyForm';
import { DutyRecordView, useDutyYear, YearSelect } from '../duty/routes';
import { DeputyActivities } from '../activities/routes';
import { validValues } from '../../app/form-errors';

const DEPUTY = graphql(`
  query DeputyDetail($id: ID!) {
    deputy(id: $id) {
      id name namePinyin nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status version
      mandates { id startDate endDate endReason version term { id name congress { id name level } } electoralDistrict { id name } }
      groupHistory { id role startDate endDate group { id name } }
    }
  }
`);
const MANDATE_DISTRICTS = graphql(`query MandateDistricts($congressId: ID!) { electoralDistricts(congressId: $congressId) { id name } }`);
const ADD_MANDATE = graphql(`mutation AddMandate($deputyId: ID!, $input: MandateInput!) { addMandate(deputyId: $deputyId, input: $input) { id } }`);
const END_MANDATE = graphql(`mutation EndMandate($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate } }`);

type Mandate = DeputyDetailQuery['deputy']['mandates'][number];

/** One deputy: personal record, mandates (add, end), groups past and present, the duty record and the activities. */
export function DeputyDetailPage() {
  const { id = '' } = useParams();
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const options = useLabelOptions();
  const rules = useSharedRules();
  const { data, loading, refetch } = useQuery(DEPUTY, { variables: { id } });
  const [addMandate] = useMutation(ADD_MANDATE);
  const [endMandate] = useMutation(END_MANDATE);
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Mandate | null>(null);
  const [addForm] = Form.useForm();
  const [endForm] = Form.useForm();
  // The districts a new mandate can be in: those of the chosen term's congress.
  const [mandateCongressId, setMandateCongressId] = useState<string>();
  const districts = useQuery(MANDATE_DISTRICTS, { variables: { congressId: mandateCongressId ?? '' }, skip: !adding || !mandateCongressId });
  const d = data?.deputy;
  if (!d) return <Card loading={loading} />;
  const writable = can(PERMISSIONS.DEPUTY_WRITE);

  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      message.success(tr('已保存', 'Saved'));
      await refetch();
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={<Space>{d.name}<Typography.Text type="secondary">{d.namePinyin}</Typography.Text><Tag color={d.status === 'ACTIVE' ? 'green' : 'default'}>{label(DEPUTY_STATUS_LABELS[d.status])}</Tag></Space>}
        extra={<Space><Link to="/deputies">{tr('返回名册', 'Back to the roster')}</Link>{writable && <Button type="primary" onClick={() => setEditing(true)} data-testid="edit-deputy">{tr('编辑', 'Edit')}</Button>}</Space>}>
        <Descriptions column={3} size="small" data-testid="deputy-detail" items={[
          { key: 'gender', label: tr('性别', 'Gender'), children: label(GENDER_LABELS[d.gender]) },
          { key: 'ethnicity', label: tr('民族', 'Ethnicity'), children: d.ethnicity },
          { key: 'birth', label: tr('出生日期', 'Birth date'), children: `${d.birthDate ?? '—'}${d.age != null ? tr(`(${d.age} 岁)`, ` (${d.age})`) : ''}` },
          { key: 'party', label: tr('政治面貌', 'Party'), children: label(PARTY_LABELS[d.party]) },
          { key: 'education', label: tr('学历', 'Education'), children: d.education ? label(EDUCATION_LABELS[d.education]) : '—' },
          { key: 'occupation', label: tr('代表构成', 'Occupation'), children: label(OCCUPATION_CATEGORY_LABELS[d.occupationCategory]) },
          { key: 'work', label: tr('工作单位及职务', 'Work unit and position'), children: [d.workUnit, d.position].filter(Boolean).join(' ') || '—', span: 2 },
          { key: 'phone', label: tr('手机号码', 'Phone'), children: d.phone ?? '—' },
          { key: 'id', label: tr('公民身份号码', 'ID number'), children: d.idNumber },
          { key: 'address', label: tr('通讯地址', 'Address'), children: d.address ?? '—', span: 2 },
        ]} />
      </Card>

      <Card title={tr('代表资格', 'Mandates')} extra={writable && <Button onClick={() => { addForm.resetFields(); setMandateCongressId(undefined); setAdding(true); }}>{tr('建立代表资格', 'Add a mandate')}</Button>}>
        <Table<Mandate> rowKey="id" size="small" pagination={false} dataSource={d.mandates} data-testid="mandates"
          columns={[
            { title: tr('人大', 'Congress'), key: 'congress', render: (_, m) => `${m.term.congress.name}(${label(CONGRESS_LEVEL_LABELS[m.term.congress.level])})` },
            { title: tr('届', 'Term'), key: 'term', render: (_, m) => m.term.name },
            { title: tr('选区或选举单位', 'Electoral district'), key: 'district', render: (_, m) => m.electoralDistrict?.name ?? '—' },
            { title: tr('开始', 'Start'), dataIndex: 'startDate' },
            { title: tr('终止', 'End'), key: 'end', render: (_, m) => (m.endDate ? `${m.endDate} ${m.endReason ? label(MANDATE_END_REASON_LABELS[m.endReason]) : ''}` : '—') },
            ...(writable ? [{ title: tr('操作', 'Actions'), key: 'actions', render: (_: unknown, m: Mandate) => !m.endDate && <Button size="small" danger onClick={() => { endForm.resetFields(); setEnding(m); }}>{tr('终止资格', 'End mandate')}</Button> }] : []),
          ]} />
      </Card>

      <Card title={tr('代表小组', 'Groups')}>
        <Table rowKey="id" size="small" pagination={false} dataSource={d.groupHistory}
          columns={[
            { title: tr('小组', 'Group'), key: 'group', render: (_, m) => <Link to={`/groups/${m.group.id}`}>{m.group.name}</Link> },
            { title: tr('职务', 'Role'), key: 'role', render: (_, m) => label(GROUP_ROLE_LABELS[m.role]) },
            { title: tr('自', 'From'), dataIndex: 'startDate' },
            { title: tr('至', 'To'), key: 'to', render: (_, m) => m.endDate ?? tr('至今', 'now') },
          ]} />
      </Card>

      {(can(PERMISSIONS.DUTY_READ) || can(PERMISSIONS.ACTIVITY_READ)) && (
        <Card data-testid="deputy-duty">
          <Tabs items={[
            ...(can(PERMISSIONS.DUTY_READ) ? [{ key: 'record', label: tr('履职档案', 'Duty record'), children: <DeputyDutyRecord deputyId={d.id} /> }] : []),
            ...(can(PERMISSIONS.ACTIVITY_READ) ? [{ key: 'activities', label: tr('参加活动', 'Activities'), children: <DeputyActivities deputyId={d.id} /> }] : []),
          ]} />
        </Card>
      )}

      <DeputyFormModal open={editing} deputy={{ ...d, education: d.education ?? null }} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); void refetch(); }} />

      <Modal open={adding} title={tr('建立代表资格', 'Add a mandate')} destroyOnHidden forceRender onCancel={() => setAdding(false)}
        onOk={async () => { const vRaw = await validValues(addForm); if (!vRaw) return; const v = nullable(vRaw); if (await run(() => addMandate({ variables: { deputyId: d.id, input: v as never } }))) setAdding(false); }}>
        <Form form={addForm} layout="vertical" preserve={false}>
          <Form.Item name="termId" label={tr('届', 'Term')} rules={[{ required: true }]}>
            <TermSelect onChange={(_, t) => { setMandateCongressId(t?.congressId); addForm.setFieldValue('electoralDistrictId', undefined); }} />
          </Form.Item>
          <Form.Item name="electoralDistrictId" label={tr('选区或选举单位', 'Electoral district')}>
            <Select allowClear disabled={!mandateCongressId} loading={districts.loading} showSearch={{ optionFilterProp: 'label' }}
              options={(mandateCongressId ? districts.data?.electoralDistricts ?? [] : []).map((e) => ({ value: e.id, label: e.name }))} />
          </Form.Item>
          <Form.Item name="startDate" label={tr('开始日期(默认届的开始日期)', 'Start (default: the term\'s start)')} rules={[rules.date]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
        </Form>
      </Modal>

      <Modal open={!!ending} title={tr('终止代表资格', 'End the mandate')} destroyOnHidden forceRender onCancel={() => setEnding(null)}
        onOk={async () => { const v = await validValues(endForm); if (!v) return; if (await run(() => endMandate({ variables: { id: ending!.id, input: { version: ending!.version, endDate: v.endDate, endReason: v.endReason } } }))) setEnding(null); }}>
        <Typography.Paragraph type="secondary">{tr('终止后,该代表同时离开本届所在的小组。', 'The deputy also leaves their group of that term.')}</Typography.Paragraph>
        <Form form={endForm} layout="vertical" preserve={false}>
          <Form.Item name="endDate" label={tr('终止日期', 'End date')} rules={[{ required: true }, rules.date]}><Input placeholder="YYYY-MM-DD" /></Form.Item>
          <Form.Item name="endReason" label={tr('终止原因', 'Reason')} rules={[{ required: true }]}><Select options={options(MANDATE_END_REASON_LABELS)} /></Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

/** The deputy's duty record for a year chosen here (the latest year with records first). */
function DeputyDutyRecord({ deputyId }: { deputyId: string }) {
  const { tr } = useI18n();
  const [year, setYear, years] = useDutyYear();
  if (!year) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Typography.Text>{tr('年度', 'Year')}</Typography.Text>
        <YearSelect value={year} years={years} onChange={setYear} />
        <Link to={`/duty/records/${deputyId}/${year}`}>{tr('打印版', 'Printable page')}</Link>
      </Space>
      <DutyRecordView deputyId={deputyId} year={year} />
    </Space>
  );
}
