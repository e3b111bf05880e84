import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Card, Input, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { afterForPage, SCORE_GRADE_LABELS, type ScoreGrade } from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DutyRecordListQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { TermSelect } from '../../app/pickers/RegistryPickers';
import { useDutyYear, YearSelect } from './common';

const DUTY_RECORDS = graphql(`
  query DutyRecordList($year: Int!, $first: Int, $after: String, $filter: DutyRecordFilter, $sort: DutyRecordSort) {
    dutyRecords(year: $year, first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      nodes { deputyId score grade attendancePercent deputy { id name position } }
    }
  }
`);

type Row = DutyRecordListQuery['dutyRecords']['nodes'][number];
const PAGE = 20;

/** /duty/records — every deputy's record for a year, ranked by score. */
export function DutyRecordsPage() {
  const { tr, label } = useI18n();
  const [year, setYear, years] = useDutyYear();
  const [termId, setTermId] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const { data, loading } = useQuery(DUTY_RECORDS, {
    skip: !year,
    variables: { year: year ?? 0, first: PAGE, after: afterForPage(page, PAGE), filter: { termId, search: search || undefined } },
  });
  return (
    <Card title={tr('履职档案与积分', 'Duty records and scores')}>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearSelect value={year} years={years} onChange={(y) => { setYear(y); setPage(1); }} />
        <TermSelect placeholder={tr('届别', 'Term')} style={{ width: 300 }} value={termId} onChange={(v) => { setTermId(v); setPage(1); }} testId="filter-term" />
        <Input.Search placeholder={tr('姓名或拼音', 'Name or pinyin')} allowClear onSearch={(v) => { setSearch(v); setPage(1); }} style={{ width: 200 }} />
      </Space>
      <Table<Row>
        data-testid="duty-records"
        rowKey="deputyId"
        loading={loading}
        dataSource={data?.dutyRecords.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.dutyRecords.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: tr('名次', 'Rank'), width: 70, render: (_, __, i) => (page - 1) * PAGE + i + 1 },
          { title: tr('代表', 'Deputy'), render: (_, r) => <Link to={`/duty/records/${r.deputyId}/${year}`}>{r.deputy.name}</Link> },
          { title: tr('职务', 'Position'), render: (_, r) => r.deputy.position ?? '' },
          { title: tr('积分', 'Score'), dataIndex: 'score', align: 'right' },
          { title: tr('等次', 'Grade'), dataIndex: 'grade', render: (g: ScoreGrade) => <Tag>{label(SCORE_GRADE_LABELS[g])}</Tag> },
          { title: tr('出勤率', 'Attendance'), dataIndex: 'attendancePercent', align: 'right', render: (v: number | null) => (v === null ? '—' : `${v}%`) },
        ]}
      />
    </Card>
  );
}
