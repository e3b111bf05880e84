import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Input, Popconfirm, Space, Table, Tabs, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { COMMENDATION_KIND_LABELS, PERMISSIONS, SCORE_GRADE_LABELS, type CommendationKind, type ScoreGrade } from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DutyCandidatesQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/apollo';
import { TermSelect } from '../../app/pickers/RegistryPickers';
import { today, useDutyYear, YearSelect } from './common';

const CANDIDATES = graphql(`
  query DutyCandidates($year: Int!, $kind: CommendationKind!, $termId: ID!, $first: Int) {
    commendationCandidates(year: $year, kind: $kind, termId: $termId, first: $first) {
      totalCount
      nodes { rank deputyId groupId score grade attendancePercent members eligible commended deputy { id name } group { id name } }
    }
  }
`);
const COMMENDATIONS = graphql(`
  query DutyCommendations($filter: CommendationFilter, $first: Int) {
    commendations(filter: $filter, first: $first) { totalCount nodes { id version year kind title basis score attendancePercent awardedOn deputy { id name } group { id name } } }
  }
`);
const COMMENDATION_FIRST_TERM = graphql(`
  query CommendationFirstTerm { county: terms(level: COUNTY, first: 1) { id } any: terms(first: 1) { id } }
`);
const RECORD = graphql(`mutation DutyRecordCommendations($input: RecordCommendationsInput!) { recordCommendations(input: $input) { id } }`);
const DELETE = graphql(`mutation DutyDeleteCommendation($id: ID!, $version: Int!) { deleteCommendation(id: $id, version: $version) }`);

type Candidate = DutyCandidatesQuery['commendationCandidates']['nodes'][number];

function CandidatesTab({ year, termId, kind, onRecorded }: { year: number; termId: string; kind: CommendationKind; onRecorded(): void }) {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { data, loading, refetch } = useQuery(CANDIDATES, { variables: { year, kind, termId, first: 100 } });
  const [record] = useMutation(RECORD);
  const [selected, setSelected] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const deputies = kind === 'EXCELLENT_DEPUTY';
  const id = (c: Candidate) => (deputies ? c.deputyId : c.groupId)!;
  return (
    <>
      {can(PERMISSIONS.COMMENDATION_MANAGE) && (
        <Space style={{ marginBottom: 12 }}>
          <Input placeholder={tr(`称号(默认“${year}年度${COMMENDATION_KIND_LABELS[kind].zh}”)`, `Title (default "${year} ${COMMENDATION_KIND_LABELS[kind].en}")`)} style={{ width: 320 }} value={title} onChange={(e) => setTitle(e.target.value)} />
          <Button type="primary" disabled={!selected.length} onClick={async () => {
            try {
              await record({ variables: { input: { year, kind, title: title || null, awardedOn: today(), entries: selected.map((x) => (deputies ? { deputyId: x } : { groupId: x })) } } });
              message.success(tr(`已表彰 ${selected.length} 个`, `Commended ${selected.length}`));
              setSelected([]);
              await refetch();
              onRecorded();
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}>{tr(`记录表彰(${selected.length})`, `Record (${selected.length})`)}</Button>
        </Space>
      )}
      <Table<Candidate> rowKey={(c) => id(c)} loading={loading} size="small" dataSource={data?.commendationCandidates.nodes ?? []} pagination={{ pageSize: 20 }}
        rowSelection={can(PERMISSIONS.COMMENDATION_MANAGE) ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]), getCheckboxProps: (c) => ({ disabled: c.commended }) } : undefined}
        columns={[
          { title: tr('名次', 'Rank'), dataIndex: 'rank', width: 70 },
          { title: deputies ? tr('代表', 'Deputy') : tr('小组', 'Group'), render: (_, c) => (deputies ? <Link to={`/duty/records/${c.deputyId}/${year}`}>{c.deputy?.name}</Link> : `${c.group?.name}(${c.members} ${tr('人', '')})`) },
          { title: deputies ? tr('积分', 'Score') : tr('平均积分', 'Average score'), dataIndex: 'score', align: 'right' },
          ...(deputies ? [{ title: tr('等次', 'Grade'), dataIndex: 'grade', render: (g: ScoreGrade | null) => (g ? label(SCORE_GRADE_LABELS[g]) : '') }] : []),
          { title: deputies ? tr('出勤率', 'Attendance') : tr('参加活动率', 'Participation'), dataIndex: 'attendancePercent', align: 'right', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
          { title: tr('符合条件', 'Meets the rules'), dataIndex: 'eligible', render: (e: boolean) => (e ? <Tag color="green">{tr('是', 'Yes')}</Tag> : <Tag>{tr('否', 'No')}</Tag>) },
          { title: '', dataIndex: 'commended', render: (c: boolean) => (c ? <Tag color="gold">{tr('已表彰', 'Commended')}</Tag> : null) },
        ]} />
    </>
  );
}

/** /duty/commendations — candidates from the year's scores, and the commendations recorded. */
export function CommendationsPage() {
  const { tr, label } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [year, setYear, years] = useDutyYear();
  // Candidates show from the start, for the first county term (else the first term): two rows, not every term.
  const first = useQuery(COMMENDATION_FIRST_TERM);
  const [termId, setTermId] = useState<string | undefined>();
  useEffect(() => {
    if (!termId && first.data) setTermId(first.data.county[0]?.id ?? first.data.any[0]?.id);
  }, [first.data, termId]);
  const list = useQuery(COMMENDATIONS, { skip: !year, variables: { filter: { year }, first: 100 } });
  const [remove] = useMutation(DELETE);
  const manage = can(PERMISSIONS.COMMENDATION_MANAGE);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={tr('表彰', 'Commendations')} extra={<YearSelect value={year} years={years} onChange={setYear} />}>
        <Table rowKey="id" size="small" loading={list.loading} dataSource={list.data?.commendations.nodes ?? []} pagination={false} data-testid="commendations"
          columns={[
            { title: tr('类别', 'Kind'), dataIndex: 'kind', render: (k: CommendationKind) => <Tag>{label(COMMENDATION_KIND_LABELS[k])}</Tag> },
            { title: tr('对象', 'Who'), render: (_, c) => c.deputy?.name ?? c.group?.name },
            { title: tr('称号', 'Title'), dataIndex: 'title' },
            { title: tr('依据', 'Basis'), dataIndex: 'basis' },
            { title: tr('表彰日期', 'Awarded'), dataIndex: 'awardedOn' },
            ...(manage ? [{ title: '', render: (_: unknown, c: { id: string; version: number }) => <Popconfirm title={tr('撤销该表彰?', 'Withdraw this commendation?')} onConfirm={async () => { try { await remove({ variables: { id: c.id, version: c.version } }); await list.refetch(); } catch (err) { message.error(errorMessage(err)); } }}><Button size="small" danger>{tr('撤销', 'Withdraw')}</Button></Popconfirm> }] : []),
          ]} />
      </Card>
      {manage && year && termId && (
        <Card title={tr('表彰候选(按履职积分与出勤率)', 'Candidates (by score and attendance)')} extra={<TermSelect allowClear={false} style={{ width: 300 }} value={termId} onChange={(v) => v && setTermId(v)} testId="candidates-term" />}>
          <Tabs items={(['EXCELLENT_DEPUTY', 'ADVANCED_GROUP'] as const).map((k) => ({ key: k, label: label(COMMENDATION_KIND_LABELS[k]), children: <CandidatesTab year={year} termId={termId} kind={k} onRecorded={() => list.refetch()} /> }))} />
        </Card>
      )}
    </Space>
  );
}
