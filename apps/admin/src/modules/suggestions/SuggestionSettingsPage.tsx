import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { CONGRESS_LEVEL_LABELS, HOLIDAY_KIND_LABELS, HOLIDAY_KINDS, type CongressLevel, type HolidayKind } from '@luzhi/shared';
import type { SuggestionRulesAndHolidaysQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useI18n } from '../../app/i18n';
import { ADD_HOLIDAY, REMOVE_HOLIDAY, RULES, UPDATE_RULES } from './operations';

type HolidayRow = SuggestionRulesAndHolidaysQuery['holidays'][number];
const LEVEL_FIELD: Record<CongressLevel, string> = {
  TOWNSHIP: 'motionMinSignersTownship', COUNTY: 'motionMinSignersCounty', CITY: 'motionMinSignersCity', PROVINCE: 'motionMinSignersProvince', NATIONAL: 'motionMinSignersNational',
};

/** The configurable handling rules and the holiday calendar the working-day deadlines use. */
export function SuggestionSettingsPage() {
  const { tr, label } = useI18n();
  const { message } = App.useApp();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data, refetch } = useQuery(RULES, { variables: { year }, fetchPolicy: 'network-only' });
  const [updateRules] = useMutation(UPDATE_RULES);
  const [addHoliday] = useMutation(ADD_HOLIDAY);
  const [removeHoliday] = useMutation(REMOVE_HOLIDAY);
  const [rulesForm] = Form.useForm();
  const [holidayForm] = Form.useForm();
  useEffect(() => {
    const r = data?.suggestionRules;
    if (r) rulesForm.setFieldsValue({ ...r, ...Object.fromEntries(r.motionMinSigners.map((m) => [LEVEL_FIELD[m.level], m.signers])) });
  }, [data, rulesForm]);
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      await refetch();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const number = (name: string, text: string, min: number, max: number, step = 1) => (
    <Form.Item name={name} label={text} rules={[{ required: true }]}><InputNumber min={min} max={max} step={step} /></Form.Item>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={tr('建议办理规则', 'Handling rules')}>
        <Form form={rulesForm} layout="inline" onFinish={(v) => { const { motionMinSigners: _m, ...rest } = v; return run(() => updateRules({ variables: { input: rest } }), tr('规则已保存', 'Rules saved')); }}>
          {number('replyMonths', tr('答复期限(月)', 'Months to reply'), 1, 12)}
          {number('extendedReplyMonths', tr('延期后(月)', 'Extended (months)'), 1, 24)}
          {number('returnWorkingDays', tr('申请退回(工作日)', 'Return window (working days)'), 1, 60)}
          {number('coUnitViewMonths', tr('协办意见(月)', 'Co-unit views (months)'), 1, 12)}
          {number('rehandleMonths', tr('重新办理(月)', 'Re-handling (months)'), 1, 12)}
          {number('commitmentDueSoonDays', tr('承诺临期提醒(天)', 'Commitment reminder (days)'), 1, 365)}
          {number('similarityThreshold', tr('重复建议相似度', 'Duplicate similarity'), 0.05, 1, 0.05)}
          {(Object.keys(LEVEL_FIELD) as CongressLevel[]).map((l) => number(LEVEL_FIELD[l], `${label(CONGRESS_LEVEL_LABELS[l])}${tr('议案联名人数', ' motion signers')}`, 1, 200))}
          <Form.Item><Button type="primary" htmlType="submit">{tr('保存', 'Save')}</Button></Form.Item>
        </Form>
      </Card>
      <Card title={tr('节假日日历', 'Holiday calendar')} extra={<InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />}>
        <Form form={holidayForm} layout="inline" style={{ marginBottom: 16 }} initialValues={{ kind: 'HOLIDAY' }}
          onFinish={(v) => run(async () => { await addHoliday({ variables: { input: v } }); holidayForm.resetFields(['date']); }, tr('已添加', 'Added'))}>
          <Form.Item name="date" rules={[{ required: true }]}><Input type="date" /></Form.Item>
          <Form.Item name="name" rules={[{ required: true }]}><Input placeholder={tr('名称,如国庆节', 'Name, e.g. National Day')} /></Form.Item>
          <Form.Item name="kind"><Select style={{ width: 180 }} options={HOLIDAY_KINDS.map((k) => ({ value: k, label: label(HOLIDAY_KIND_LABELS[k]) }))} /></Form.Item>
          <Form.Item><Button htmlType="submit">{tr('添加', 'Add')}</Button></Form.Item>
        </Form>
        <Table<HolidayRow> rowKey="id" size="small" pagination={false} dataSource={data?.holidays ?? []} columns={[
          { title: tr('日期', 'Date'), dataIndex: 'date' },
          { title: tr('名称', 'Name'), dataIndex: 'name' },
          { title: tr('类型', 'Kind'), dataIndex: 'kind', render: (k: HolidayKind) => <Tag color={k === 'WORKDAY' ? 'orange' : 'green'}>{label(HOLIDAY_KIND_LABELS[k])}</Tag> },
          { title: tr('操作', 'Actions'), key: 'a', render: (_, h) => (
            <Popconfirm title={tr('删除这一天?', 'Remove this day?')} onConfirm={() => run(() => removeHoliday({ variables: { id: h.id, version: h.version } }), tr('已删除', 'Removed'))}>
              <Button size="small" danger>{tr('删除', 'Remove')}</Button>
            </Popconfirm>
          ) },
        ]} />
      </Card>
    </Space>
  );
}
