import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { PERMISSIONS } from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DutyScoringRulesQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/apollo';
import { useDutyYear, YearSelect } from './common';
import { validValues } from '../../app/form-errors';

const RULES = graphql(`
  query DutyScoringRules($year: Int!) {
    scoringRules(year: $year) { year ruleSetId effectiveYear version goodFrom fairFrom note rules { itemKey labelZh labelEn unitZh unitEn points maxPoints fromTable } }
    scoringRuleSets { id effectiveYear }
    dutyReportThresholds { competentPercent basicallyCompetentPercent }
  }
`);
const SAVE = graphql(`mutation DutySaveScoringRules($input: ScoringRuleSetInput!) { saveScoringRuleSet(input: $input) { id effectiveYear version } }`);
const SAVE_THRESHOLDS = graphql(`mutation DutySaveThresholds($input: VoteThresholdsInput!) { setDutyReportThresholds(input: $input) { competentPercent basicallyCompetentPercent } }`);

type Rule = DutyScoringRulesQuery['scoringRules']['rules'][number];

/** /duty/scoring — the points table in force for a year, and the grading thresholds of duty reports. */
export function ScoringPage() {
  const { tr, lang } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [year, setYear, years] = useDutyYear();
  const { data, loading, refetch } = useQuery(RULES, { skip: !year, variables: { year: year ?? 0 } });
  const [save] = useMutation(SAVE);
  const [saveThresholds] = useMutation(SAVE_THRESHOLDS);
  const [rules, setRules] = useState<Rule[]>([]);
  const [form] = Form.useForm();
  const [thForm] = Form.useForm();
  const eff = data?.scoringRules;
  useEffect(() => {
    if (eff) {
      setRules(eff.rules);
      form.setFieldsValue({ goodFrom: eff.goodFrom, fairFrom: eff.fairFrom });
    }
    if (data?.dutyReportThresholds) thForm.setFieldsValue(data.dutyReportThresholds);
  }, [eff, data, form, thForm]);
  const writable = can(PERMISSIONS.DUTY_WRITE);
  const own = eff?.effectiveYear === year;
  const set = (key: string, patch: Partial<Rule>) => setRules(rules.map((r) => (r.itemKey === key ? { ...r, ...patch } : r)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={tr('履职积分表', 'Points table')} loading={loading && !eff}
        extra={<Space><YearSelect value={year} years={years} onChange={setYear} />{writable && <Button type="primary" onClick={async () => {
          const v = await validValues(form); if (!v) return;
          try {
            await save({ variables: { input: { effectiveYear: year!, version: own ? eff!.version : null, goodFrom: v.goodFrom, fairFrom: v.fairFrom, rules: rules.map((r) => ({ itemKey: r.itemKey, points: r.points, maxPoints: r.maxPoints })) } } });
            message.success(tr(`已保存:自 ${year} 年起施行`, `Saved: in force from ${year}`));
            await refetch();
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}>{own ? tr('保存', 'Save') : tr(`另存为 ${year} 年起施行的积分表`, `Save as the table from ${year}`)}</Button>}</Space>}>
        <Typography.Paragraph type="secondary">
          {eff?.effectiveYear ? tr(`${year} 年适用 ${eff.effectiveYear} 年起施行的积分表。`, `${year} uses the table in force from ${eff.effectiveYear}.`) : tr(`${year} 年适用默认积分。`, `${year} uses the default points.`)}
          {tr(' 修改后保存为自所选年度起施行的积分表,此前年度不受影响。', ' Saving makes a table in force from the chosen year on; earlier years keep theirs.')}
        </Typography.Paragraph>
        <Form form={form} layout="inline" style={{ marginBottom: 12 }}>
          <Form.Item name="goodFrom" label={tr('“好”的分数线', 'Good from')} rules={[{ required: true }]}><InputNumber min={0} max={100} disabled={!writable} /></Form.Item>
          <Form.Item name="fairFrom" label={tr('“较好”的分数线', 'Fair from')} rules={[{ required: true }]}><InputNumber min={0} max={100} disabled={!writable} /></Form.Item>
        </Form>
        <Table<Rule> rowKey="itemKey" size="small" pagination={false} dataSource={rules} columns={[
          { title: tr('履职项目', 'Item'), render: (_, r) => (lang === 'en' ? r.labelEn : r.labelZh) },
          { title: tr('每单位分值', 'Points per unit'), render: (_, r) => <Space><InputNumber value={r.points} step={0.5} disabled={!writable} onChange={(v) => set(r.itemKey, { points: Number(v ?? 0) })} /><span>/{lang === 'en' ? r.unitEn : r.unitZh}</span></Space> },
          { title: tr('上限(空为不限)', 'Cap (empty: none)'), render: (_, r) => <InputNumber value={r.maxPoints ?? undefined} min={0} disabled={!writable} onChange={(v) => set(r.itemKey, { maxPoints: v === null || v === undefined ? null : Number(v) })} /> },
          { title: '', render: (_, r) => (r.fromTable ? null : <Tag>{tr('默认', 'default')}</Tag>) },
        ]} />
      </Card>
      <Card title={tr('述职评议等次标准', 'Duty report grading thresholds')}>
        <Form form={thForm} layout="inline" onFinish={async (v) => {
          try {
            await saveThresholds({ variables: { input: v } });
            message.success(tr('已保存', 'Saved'));
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}>
          <Form.Item name="competentPercent" label={tr('称职:称职票 ≥', 'Competent: competent votes ≥')} rules={[{ required: true }]}><InputNumber min={1} max={100} suffix="%" disabled={!writable} /></Form.Item>
          <Form.Item name="basicallyCompetentPercent" label={tr('基本称职:称职+基本称职票 ≥', 'Basically: competent + basic ≥')} rules={[{ required: true }]}><InputNumber min={1} max={100} suffix="%" disabled={!writable} /></Form.Item>
          {writable && <Button htmlType="submit">{tr('保存', 'Save')}</Button>}
        </Form>
      </Card>
    </Space>
  );
}
