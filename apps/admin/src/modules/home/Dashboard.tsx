import { useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, InputNumber, Row, Select, Space, Statistic, Table, Tooltip, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import {
  AGE_BAND_LABELS, CONGRESS_LEVEL_LABELS, CONGRESS_LEVELS, EDUCATION_LABELS, formatRate, GENDER_LABELS, OCCUPATION_CATEGORY_LABELS, PARTY_LABELS,
  SUGGESTION_MEASURES, type CongressLevel, type SuggestionMeasure,
} from '@luzhi/shared';
import type { DashboardQuery, DashboardRankingFragment } from '../../gql/graphql';
import { errorMessage } from '../../app/apollo';
import { useI18n, formatDateTime } from '../../app/i18n';
import { ChartCard, type ChartData } from './ChartCard';
import { DASHBOARD, DASHBOARD_DEFAULT_LEVEL, DASHBOARD_GROUP_RANKING, DASHBOARD_RANKING_RECOUNT, DASHBOARD_TERMS } from './operations';

type StatsRow = DashboardQuery['byYear'][number];
type Labels = Record<string, { zh: string; en: string }>;
const RATES: SuggestionMeasure[] = ['satisfactionRate', 'resolutionRate', 'onTimeRate'];
const measure = (row: StatsRow, m: SuggestionMeasure) => row.measures.find((x) => x.measure === m);
const pct = (v: number | null | undefined) => (v == null ? null : Math.round(v * 1000) / 10);

function bar(categories: string[], series: { name: string; data: (number | null)[] }[], opts: { percent?: boolean; rotate?: number; horizontal?: boolean } = {}) {
  const cat = { type: 'category', data: categories, axisLabel: { rotate: opts.rotate ?? 0, interval: 0 } };
  const val = { type: 'value', ...(opts.percent ? { max: 100, axisLabel: { formatter: '{value}%' } } : {}) };
  return {
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: opts.horizontal ? 120 : 40, right: 20, bottom: opts.rotate ? 70 : 30, top: 40 },
    xAxis: opts.horizontal ? val : cat,
    yAxis: opts.horizontal ? { ...cat, inverse: true, axisLabel: { interval: 0 } } : val,
    series: series.map((s) => ({ ...s, type: 'bar' })),
  };
}

/** The committee at a glance (staff, admin, analysts): every number from the same queries as the rest of the admin. */
export default function Dashboard() {
  const { tr, label } = useI18n();
  const [level, setLevel] = useState<CongressLevel>(DASHBOARD_DEFAULT_LEVEL);
  const [chosenTerm, setChosenTerm] = useState<{ id: string | undefined } | null>(null);
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  // cache-first: the home page has just fetched the default level's terms (see HomePage).
  const terms = useQuery(DASHBOARD_TERMS, { variables: { level }, fetchPolicy: 'cache-first' });
  const congressIds = new Set((terms.data?.congresses ?? []).filter((c) => c.level === level).map((c) => c.id));
  const termOptions = (terms.data?.terms ?? []).filter((t) => congressIds.has(t.congressId));
  // Until the user chooses, the latest term of the level and the latest year with records (the
  // current one once it has begun to fill). Derived during render, not set by an effect: an effect
  // would first send the whole level's dashboard and then the term's.
  const latestTerm = [...termOptions].sort((a, b) => b.startDate.localeCompare(a.startDate))[0]?.id;
  const termId = chosenTerm ? chosenTerm.id : latestTerm;
  const year = chosenYear ?? terms.data?.dutyYears[0] ?? new Date().getFullYear();
  const groupRanking = useQuery(DASHBOARD_GROUP_RANKING, { variables: { termId: termId ?? '', year }, skip: !termId || !terms.data, fetchPolicy: 'network-only' });
  const congressId = termOptions.find((t) => t.id === termId)?.congressId ?? null;
  // Groups, rankings and units need a term: over a whole level of a national deployment they would
  // list every group, deputy or county unit (analysts ask that in the console).
  const q = useQuery(DASHBOARD, { variables: { level, levelCode: level, termId: termId ?? null, congressId, year, withTerm: !!termId }, skip: !terms.data, fetchPolicy: 'network-only' });
  const d = q.data;
  // The deputy ranking is stored and counted again every few minutes; "recount" counts it now.
  const client = useApolloClient();
  const [recounted, setRecounted] = useState<{ key: string; ranking: DashboardRankingFragment } | null>(null);
  const [recounting, setRecounting] = useState(false);
  const rankingKey = `${termId}:${year}`;
  // The later of the two: a recount, or what the dashboard's own (re)load brought.
  const loadedRanking = d?.ranking ?? null;
  const rankingData = recounted?.key === rankingKey && (!loadedRanking || String(recounted.ranking.asOf) >= String(loadedRanking.asOf)) ? recounted.ranking : loadedRanking;
  const recount = () => {
    if (!termId) return;
    setRecounting(true);
    client.query({ query: DASHBOARD_RANKING_RECOUNT, variables: { termId, year }, fetchPolicy: 'network-only' })
      .then((r) => { if (r.data) setRecounted({ key: rankingKey, ranking: r.data.dutyRanking }); })
      .catch(() => undefined)
      .finally(() => setRecounting(false));
  };

  const composition = useMemo(() => {
    if (!d) return [];
    const dims: [string, string, { rows: { count: number | null; share: number | null }[] }, string, Labels | null][] = [
      [tr('性别', 'Gender'), 'gender', d.gender, 'gender', GENDER_LABELS],
      [tr('党派', 'Party'), 'party', d.party, 'party', PARTY_LABELS],
      [tr('民族', 'Ethnicity'), 'minority', d.minority, 'minority', { HAN: { zh: '汉族', en: 'Han' }, MINORITY: { zh: '少数民族', en: 'Minorities' } }],
      [tr('民族', 'Ethnicity'), 'ethnicity', d.ethnicity, 'ethnicity', null],
      [tr('年龄段', 'Age band'), 'ageBand', d.ageBand, 'ageBand', AGE_BAND_LABELS],
      [tr('学历', 'Education'), 'education', d.education, 'education', EDUCATION_LABELS],
      [tr('职业', 'Occupation'), 'occupation', d.occupation, 'occupation', OCCUPATION_CATEGORY_LABELS],
    ];
    return dims.flatMap(([dimension, key, result, field, labels]) =>
      result.rows.map((r, i) => {
        const v = (r as Record<string, unknown>)[field] as string | null;
        return { key: `${key}-${i}`, dimension, value: v == null ? tr('未填', 'Not given') : labels ? label(labels[v], v) : v, count: r.count ?? 0, share: r.share };
      }));
  }, [d, tr, label]);

  const charts = useMemo(() => {
    if (!d) return null;
    const years = [...d.byYear].filter((r) => r.dimensions[0]!.key).sort((a, b) => Number(a.dimensions[0]!.key) - Number(b.dimensions[0]!.key));
    const rateData: ChartData = {
      columns: [tr('年度', 'Year'), ...RATES.map((m) => label(SUGGESTION_MEASURES[m].label))],
      rows: years.map((r) => [r.dimensions[0]!.label, ...RATES.map((m) => measure(r, m)?.value ?? null)]),
    };
    const rates = bar(years.map((r) => r.dimensions[0]!.label), RATES.map((m) => ({ name: label(SUGGESTION_MEASURES[m].label), data: years.map((r) => pct(measure(r, m)?.value)) })), { percent: true });
    const count = (r: StatsRow) => measure(r, 'suggestionCount')?.numerator ?? 0;
    const status = d.byStatus;
    const field = d.byField;
    const units = (d.byUnit ?? []).filter((r) => r.dimensions[0]!.key && (measure(r, 'overdueCount')?.numerator ?? 0) > 0)
      .sort((a, b) => (measure(b, 'overdueCount')?.numerator ?? 0) - (measure(a, 'overdueCount')?.numerator ?? 0)).slice(0, 10);
    const ranking = rankingData?.nodes ?? [];
    const gender = d.gender.rows;
    const age = d.ageBand.rows;
    return {
      rates: { option: rates, data: rateData },
      status: {
        option: bar(status.map((r) => r.dimensions[0]!.label), [{ name: tr('建议数', 'Suggestions'), data: status.map(count) }], { rotate: 30 }),
        data: { columns: [tr('状态', 'Status'), tr('建议数', 'Suggestions')], rows: status.map((r) => [r.dimensions[0]!.label, count(r)]) },
      },
      field: {
        option: { tooltip: { trigger: 'item' }, series: [{ type: 'pie', radius: ['35%', '65%'], data: field.map((r) => ({ name: r.dimensions[0]!.label, value: count(r) })) }] },
        data: { columns: [tr('领域', 'Field'), tr('建议数', 'Suggestions')], rows: field.map((r) => [r.dimensions[0]!.label, count(r)]) },
      },
      units: {
        option: bar(units.map((r) => r.dimensions[0]!.label), [{ name: tr('逾期未答复', 'Overdue'), data: units.map((r) => measure(r, 'overdueCount')?.numerator ?? 0) }], { horizontal: true }),
        data: { columns: [tr('承办单位', 'Unit'), tr('逾期未答复', 'Overdue')], rows: units.map((r) => [r.dimensions[0]!.label, measure(r, 'overdueCount')?.numerator ?? 0]) },
      },
      ranking: {
        option: bar(ranking.map((r) => r.deputy.name), [{ name: tr('积分', 'Score'), data: ranking.map((r) => r.score) }], { horizontal: true }),
        data: { columns: [tr('名次', 'Rank'), tr('代表', 'Deputy'), tr('积分', 'Score'), tr('等次', 'Grade')], rows: ranking.map((r) => [r.rank, r.deputy.name, r.score, r.grade]) },
      },
      plan: (() => {
        const months = Array.from({ length: 12 }, (_, i) => i + 1);
        const levelPlans = d.annualPlans.nodes.filter((p) => p.congress.level === level);
        const sum = (m: number, k: 'planned' | 'held' | 'overdue') => levelPlans.reduce((a, p) => a + (p.execution.byMonth.find((x) => x.month === m)?.[k] ?? 0), 0);
        const cols = [tr('计划', 'Planned'), tr('已开展', 'Held'), tr('逾期未开展', 'Overdue')];
        return {
          option: bar(months.map((m) => tr(`${m}月`, String(m))), (['planned', 'held', 'overdue'] as const).map((k, i) => ({ name: cols[i]!, data: months.map((m) => sum(m, k)) }))),
          data: { columns: [tr('月份', 'Month'), ...cols], rows: months.map((m) => [m, sum(m, 'planned'), sum(m, 'held'), sum(m, 'overdue')]) },
        };
      })(),
      groups: (() => {
        const rows = groupRanking.data?.groupDutyRanking ?? [];
        return {
          option: bar(rows.map((r) => r.groupName), [{ name: tr('平均积分', 'Average score'), data: rows.map((r) => r.averageScore) }], { horizontal: true }),
          data: {
            columns: [tr('名次', 'Rank'), tr('小组', 'Group'), tr('成员', 'Members'), tr('平均积分', 'Average score'), tr('参加率(%)', 'Participation (%)')],
            rows: rows.map((r) => [r.rank, r.groupName, r.members, r.averageScore, r.participationPercent ?? null]),
          },
        };
      })(),
      composition: {
        option: {
          tooltip: { trigger: 'item' },
          series: [
            { type: 'pie', radius: ['0%', '35%'], data: gender.map((r) => ({ name: label(GENDER_LABELS[r.gender as 'MALE'], r.gender ?? '—'), value: r.count })) },
            { type: 'pie', radius: ['45%', '65%'], data: age.map((r) => ({ name: label(AGE_BAND_LABELS[r.ageBand as 'UNDER_35'], r.ageBand ?? '—'), value: r.count })) },
          ],
        },
        data: { columns: [tr('维度', 'Dimension'), tr('类别', 'Value'), tr('人数', 'Deputies'), tr('占比', 'Share')], rows: composition.map((r) => [r.dimension, r.value, r.count, r.share]) },
      },
    };
  }, [d, tr, label, composition, groupRanking.data, level, rankingData]);

  const groups = d?.groups ?? [];
  const unhealthy = groups.filter((g) => !g.health.sizeOk).length;
  const leaderless = groups.filter((g) => !g.health.hasLeader).length;
  const plans = (d?.annualPlans.nodes ?? []).filter((p) => p.congress.level === level);
  const planned = plans.reduce((a, p) => a + p.execution.planned, 0);
  const held = plans.reduce((a, p) => a + p.execution.held, 0);
  const findingsOverdue = (d?.findingBoard ?? []).reduce((a, f) => a + f.overdue, 0);
  const suggestionsOverdue = d?.byStatus.reduce((a, r) => a + (measure(r, 'overdueCount')?.numerator ?? 0), 0) ?? 0;
  const currentYear = new Date().getFullYear();

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="dashboard">
      <Card size="small">
        <Space wrap>
          <Select style={{ width: 140 }} value={level} onChange={(v) => { setLevel(v); setChosenTerm(null); }} data-testid="filter-level"
            options={CONGRESS_LEVELS.map((l) => ({ value: l, label: label(CONGRESS_LEVEL_LABELS[l]) }))} />
          <Select allowClear placeholder={tr('届次(全部现任)', 'Term (all current)')} style={{ width: 220 }} value={termId} onChange={(v) => setChosenTerm({ id: v })}
            options={termOptions.map((t) => ({ value: t.id, label: t.name }))} data-testid="filter-term" />
          <InputNumber min={2000} max={currentYear + 1} value={year} onChange={(v) => { if (v) setChosenYear(v); }} addonBefore={tr('年度', 'Year')} data-testid="filter-year" />
        </Space>
      </Card>
      {q.error && <Alert type="error" message={errorMessage(q.error)} />}
      <Row gutter={[16, 16]}>
        <Col xs={12} md={4}><Card size="small"><Statistic title={tr('现任代表', 'Current deputies')} value={d?.gender.total.count ?? 0} /></Card></Col>
        <Col xs={12} md={4}><Card size="small"><Statistic title={tr('代表小组', 'Groups')} value={termId ? groups.length : '—'} /></Card></Col>
        <Col xs={12} md={4}><Card size="small" data-testid="groups-health"><Statistic title={tr('人数不在规定范围 / 无组长', 'Size out of range / no leader')} value={termId ? `${unhealthy} / ${leaderless}` : '—'} /></Card></Col>
        <Col xs={12} md={4}><Card size="small"><Statistic title={tr('年度计划活动已开展', 'Planned activities held')} value={`${held} / ${planned}`} /></Card></Col>
        <Col xs={12} md={4}><Card size="small"><Statistic title={tr('逾期未答复建议', 'Overdue suggestions')} value={suggestionsOverdue} /></Card></Col>
        <Col xs={12} md={4}><Card size="small"><Statistic title={tr('逾期未整改问题', 'Overdue findings')} value={findingsOverdue} /></Card></Col>
      </Row>
      {charts && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}><ChartCard id="composition" title={tr('代表结构', 'Deputy composition')} option={charts.composition.option} data={charts.composition.data} /></Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={tr('代表结构表', 'Composition table')}>
              <Table size="small" rowKey="key" pagination={false} scroll={{ y: 240 }} dataSource={composition} data-testid="composition-table" columns={[
                { title: tr('维度', 'Dimension'), dataIndex: 'dimension' },
                { title: tr('类别', 'Value'), dataIndex: 'value' },
                { title: tr('人数', 'Deputies'), dataIndex: 'count' },
                { title: tr('占比', 'Share'), dataIndex: 'share', render: (v: number | null) => formatRate(v) },
              ]} />
            </Card>
          </Col>
          <Col xs={24} lg={12}><ChartCard id="rates" title={tr('满意率、解决率、按期答复率(按年度)', 'Satisfaction, resolution and on-time rates by year')} option={charts.rates.option} data={charts.rates.data} /></Col>
          <Col xs={24} lg={12}><ChartCard id="plan" title={tr('年度计划执行(按月)', 'The year\'s plan, month by month')} option={charts.plan.option} data={charts.plan.data} /></Col>
          <Col xs={24} lg={12}><ChartCard id="status" title={tr('建议办理状态', 'Suggestions by status')} option={charts.status.option} data={charts.status.data} /></Col>
          <Col xs={24} lg={12}><ChartCard id="field" title={tr('建议领域', 'Suggestions by field')} option={charts.field.option} data={charts.field.data} /></Col>
          <Col xs={24} lg={12}>{termId
            ? <ChartCard id="units" title={tr('逾期最多的承办单位', 'Units with the most overdue items')} option={charts.units.option} data={charts.units.data} />
            : <Card size="small" title={tr('逾期最多的承办单位', 'Units with the most overdue items')}>{tr('请选择届次', 'Choose a term')}</Card>}</Col>
          <Col xs={24} lg={12}>{termId
            ? <ChartCard id="group-ranking" title={tr('小组履职积分前 10 名', 'Top 10 groups by duty score')} option={charts.groups.option} data={charts.groups.data} height={320} />
            : <Card size="small" title={tr('小组履职积分前 10 名', 'Top 10 groups by duty score')}>{tr('请选择届次', 'Choose a term')}</Card>}</Col>
          <Col xs={24} lg={12}>{termId
            ? <ChartCard id="ranking" title={tr('代表履职积分前 10 名', 'Top 10 deputies by duty score')} option={charts.ranking.option} data={charts.ranking.data} height={320}
                extra={rankingData && (
                  <Tooltip title={tr(`排名每 ${Math.round(rankingData.maxAgeSeconds / 60)} 分钟重新计算;点击立即重新计算`, `Counted again every ${Math.round(rankingData.maxAgeSeconds / 60)} minutes; click to count it now`)}>
                    <Button size="small" type="text" icon={<ReloadOutlined />} loading={recounting} onClick={recount} data-testid="ranking-recount">
                      <Typography.Text type="secondary" data-testid="ranking-as-of">
                        {tr('截至', 'As of')} {formatDateTime(rankingData.asOf as string, { timeOnly: true })}
                      </Typography.Text>
                    </Button>
                  </Tooltip>
                )} />
            : <Card size="small" title={tr('代表履职积分前 10 名', 'Top 10 deputies by duty score')}>{tr('请选择届次', 'Choose a term')}</Card>}</Col>
        </Row>
      )}
    </Space>
  );
}
