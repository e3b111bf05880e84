import { useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { App, Button, Card, Col, Row, Select, Space, Statistic, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { formatRate, SUGGESTION_COUNT_DEFINITIONS, SUGGESTION_MEASURES, type SuggestionCount, type SuggestionMeasure } from '@luzhi/shared';
import type { SuggestionStatsQuery } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useI18n } from '../../app/i18n';
import { Chart } from './Chart';
import { downloadBase64 } from './common';
import { TermSelect } from '../../app/pickers/RegistryPickers';
import { EXPORT_UNIT_RESULTS, STATS } from './operations';

type StatsRow = SuggestionStatsQuery['suggestionStats'][number];
const RATES: SuggestionMeasure[] = ['replyRate', 'onTimeRate', 'faceToFaceRate', 'satisfactionRate', 'firstRoundSatisfactionRate', 'resolutionRate'];
const TABLE: SuggestionMeasure[] = ['suggestionCount', ...RATES, 'categoryACount', 'categoryBCount', 'categoryCCount', 'categoryDCount', 'unsatisfiedTurnedSatisfiedCount', 'satisfiedNotSolvedCount', 'overdueCount'];

const value = (row: StatsRow, m: SuggestionMeasure) => row.measures.find((x) => x.measure === m);
const shown = (row: StatsRow, m: SuggestionMeasure) => {
  const v = value(row, m);
  return SUGGESTION_MEASURES[m].kind === 'rate' ? formatRate(v?.value) : String(v?.numerator ?? 0);
};

/** The measures the committee is judged by, by handling unit and by field, from one statement each. */
export function SuggestionStatsPage() {
  const { tr, label } = useI18n();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [termId, setTermId] = useState<string>();
  const [year, setYear] = useState<number>();
  const filter = { termId, year };
  const total = useQuery(STATS, { variables: { groupBy: [], filter }, fetchPolicy: 'network-only' });
  const byUnit = useQuery(STATS, { variables: { groupBy: ['UNIT'], filter }, fetchPolicy: 'network-only' });
  const byField = useQuery(STATS, { variables: { groupBy: ['FIELD'], filter }, fetchPolicy: 'network-only' });
  const unitRows = useMemo(() => (byUnit.data?.suggestionStats ?? []).filter((r) => r.dimensions[0]!.key !== null), [byUnit.data]);
  const fieldRows = byField.data?.suggestionStats ?? [];
  const t = total.data?.suggestionStats[0];

  const pct = (row: StatsRow, m: SuggestionMeasure) => {
    const v = value(row, m)?.value;
    return v == null ? null : Math.round(v * 1000) / 10;
  };
  const unitOption = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 40, right: 20, bottom: 90, top: 40 },
    xAxis: { type: 'category', data: unitRows.map((r) => r.dimensions[0]!.label), axisLabel: { rotate: 35, interval: 0 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: (['satisfactionRate', 'resolutionRate', 'onTimeRate'] as SuggestionMeasure[]).map((m) => ({ name: label(SUGGESTION_MEASURES[m].label), type: 'bar', data: unitRows.map((r) => pct(r, m)) })),
  }), [unitRows, label]);
  const fieldOption = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 40, right: 20, bottom: 70, top: 40 },
    xAxis: { type: 'category', data: fieldRows.map((r) => r.dimensions[0]!.label), axisLabel: { rotate: 20, interval: 0 } },
    yAxis: { type: 'value' },
    series: (['categoryACount', 'categoryBCount', 'categoryCCount', 'categoryDCount'] as SuggestionMeasure[]).map((m) => ({
      name: label(SUGGESTION_MEASURES[m].label), type: 'bar', stack: 'category', data: fieldRows.map((r) => value(r, m)?.numerator ?? 0),
    })),
  }), [fieldRows, label]);

  const exportResults = async () => {
    try {
      const r = await client.query({ query: EXPORT_UNIT_RESULTS, variables: { filter }, fetchPolicy: 'network-only' });
      downloadBase64(r.data!.exportSuggestionUnitResults);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const currentYear = new Date().getFullYear();
  const columns = (first: string) => [
    { title: first, key: 'dim', fixed: 'left' as const, render: (_: unknown, r: StatsRow) => r.dimensions[0]?.label ?? tr('合计', 'Total') },
    ...TABLE.map((m) => ({ title: label(SUGGESTION_MEASURES[m].label), key: m, render: (_: unknown, r: StatsRow) => <span data-testid={`m-${m}`}>{shown(r, m)}</span> })),
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card title={tr('建议办理统计', 'Suggestion statistics')} extra={
        <Space wrap>
          <TermSelect placeholder={tr('届', 'Term')} style={{ width: 280 }} value={termId} onChange={setTermId} testId="filter-term" />
          <Select allowClear placeholder={tr('年度', 'Year')} style={{ width: 110 }} value={year} onChange={setYear}
            options={Array.from({ length: currentYear - 2002 }, (_, i) => currentYear - i).map((y) => ({ value: y, label: String(y) }))} />
          <Button icon={<DownloadOutlined />} onClick={exportResults} data-testid="export-unit-results">{tr('导出各单位办理结果', 'Export unit results')}</Button>
        </Space>
      }>
        <Row gutter={16} data-testid="stats-total">
          {(['suggestionCount', 'replyRate', 'onTimeRate', 'faceToFaceRate', 'satisfactionRate', 'firstRoundSatisfactionRate', 'resolutionRate', 'unsatisfiedTurnedSatisfiedCount'] as SuggestionMeasure[]).map((m) => (
            <Col key={m} xs={12} md={6} xl={3}>
              <Statistic title={label(SUGGESTION_MEASURES[m].label)} value={t ? shown(t, m) : '—'} loading={total.loading && !t} />
            </Col>
          ))}
        </Row>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}><Card title={tr('各主办单位满意率、解决问题率、按期答复率', 'By lead unit: satisfaction, resolution and on-time rates')} size="small"><Chart option={unitOption} height={360} testId="chart-units" /></Card></Col>
        <Col xs={24} xl={10}><Card title={tr('各领域答复类别分布', 'Reply categories by field')} size="small"><Chart option={fieldOption} height={360} testId="chart-fields" /></Card></Col>
      </Row>
      <Card title={tr('按主办单位', 'By lead unit')} size="small">
        <Table<StatsRow> rowKey={(r) => r.dimensions[0]!.key ?? 'none'} size="small" pagination={false} loading={byUnit.loading} scroll={{ x: true }}
          dataSource={byUnit.data?.suggestionStats ?? []} columns={columns(tr('主办单位', 'Lead unit'))} data-testid="stats-by-unit"
          onRow={(r) => ({ 'data-unit': r.dimensions[0]!.label }) as never} />
      </Card>
      <Card title={tr('按领域', 'By field')} size="small">
        <Table<StatsRow> rowKey={(r) => r.dimensions[0]!.key ?? 'none'} size="small" pagination={false} loading={byField.loading} scroll={{ x: true }}
          dataSource={fieldRows} columns={columns(tr('领域', 'Field'))} data-testid="stats-by-field" />
      </Card>
      <Card size="small" title={tr('指标口径', 'Definitions')}>
        <ul style={{ margin: 0 }}>
          {RATES.map((m) => {
            const def = SUGGESTION_MEASURES[m] as { numerator: SuggestionCount; denominator?: SuggestionCount };
            return <li key={m}><strong>{label(SUGGESTION_MEASURES[m].label)}</strong> = {label(SUGGESTION_COUNT_DEFINITIONS[def.numerator])} ÷ {def.denominator ? label(SUGGESTION_COUNT_DEFINITIONS[def.denominator]) : ''}</li>;
          })}
        </ul>
      </Card>
    </Space>
  );
}
