import { useState } from 'react';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { afterForPage, DIARY_TAG_SUGGESTIONS, PERMISSIONS } from '@luzhi/shared';
import { graphql } from '../../gql';
import type { DutyDiariesQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useAuth } from '../../app/auth';
import { errorMessage } from '../../app/apollo';
import { DeputySelect, today, useDutyYear, YearSelect } from './common';
import { validValues } from '../../app/form-errors';

const DIARIES = graphql(`
  query DutyDiaries($first: Int, $after: String, $filter: SentimentDiaryFilter) {
    sentimentDiaries(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { id version entryDate title content tags suggestionId deputy { id name } opinions { id status } }
    }
  }
`);
const WRITE = graphql(`mutation DutyWriteDiary($input: SentimentDiaryInput!) { writeSentimentDiary(input: $input) { id } }`);
const TO_OPINION = graphql(`mutation DutyDiaryToOpinion($id: ID!, $input: DiaryToOpinionInput!) { sentimentDiaryToOpinion(id: $id, input: $input) { id } }`);
const DRAFT = graphql(`query DutyDiaryDraft($id: ID!) { sentimentDiarySuggestionDraft(id: $id) { title content leadDeputyId source } }`);

type Row = DutyDiariesQuery['sentimentDiaries']['nodes'][number];
const PAGE = 20;

/** /duty/diaries — deputies' sentiment diaries; staff turn entries into opinions or suggestions. */
export function DiariesPage() {
  const { tr } = useI18n();
  const { can, viewer } = useAuth();
  const { message, modal } = App.useApp();
  const [year, setYear, years] = useDutyYear();
  const [page, setPage] = useState(1);
  const [deputyId, setDeputyId] = useState<string | undefined>();
  const [tag, setTag] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const { data, loading, refetch } = useQuery(DIARIES, { skip: !year, variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { year, deputyId, tag, search: search || undefined } } });
  const [write] = useMutation(WRITE);
  const [toOpinion] = useMutation(TO_OPINION);
  const [loadDraft] = useLazyQuery(DRAFT, { fetchPolicy: 'network-only' });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const isDeputy = viewer?.role === 'DEPUTY';
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      await refetch();
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };
  const showDraft = async (r: Row) => {
    const d = (await loadDraft({ variables: { id: r.id } })).data?.sentimentDiarySuggestionDraft;
    if (d) modal.info({ width: 640, title: tr('建议草稿(由建议办理模块据此创建建议)', 'Suggestion draft (the suggestions module creates from it)'), content: <><Typography.Title level={5}>{d.title}</Typography.Title><Typography.Paragraph>{d.content}</Typography.Paragraph></> });
  };
  return (
    <Card title={tr('民情日记', 'Sentiment diaries')} extra={can(PERMISSIONS.DIARY_WRITE) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>{tr('写日记', 'Write an entry')}</Button>}>
      <Space style={{ marginBottom: 16 }} wrap>
        <YearSelect value={year} years={years} onChange={(y) => { setYear(y); setPage(1); }} />
        {!isDeputy && <DeputySelect value={deputyId} onChange={(v) => { setDeputyId(v); setPage(1); }} />}
        <Select allowClear placeholder={tr('标签', 'Tag')} style={{ width: 120 }} value={tag} onChange={(v) => { setTag(v); setPage(1); }} options={DIARY_TAG_SUGGESTIONS.map((t) => ({ value: t, label: t }))} />
        <Input.Search allowClear placeholder={tr('标题或内容', 'Title or text')} onSearch={(v) => { setSearch(v); setPage(1); }} style={{ width: 200 }} />
      </Space>
      <Table<Row> rowKey="id" loading={loading} dataSource={data?.sentimentDiaries.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.sentimentDiaries.totalCount ?? 0, onChange: setPage, showSizeChanger: false }}
        expandable={{ expandedRowRender: (r) => <div style={{ whiteSpace: 'pre-wrap' }}>{r.content}</div> }}
        columns={[
          { title: tr('日期', 'Date'), dataIndex: 'entryDate', width: 110 },
          { title: tr('代表', 'Deputy'), render: (_, r) => r.deputy.name },
          { title: tr('标题', 'Title'), dataIndex: 'title' },
          { title: tr('标签', 'Tags'), render: (_, r) => r.tags.map((t) => <Tag key={t}>{t}</Tag>) },
          { title: tr('去向', 'Became'), render: (_, r) => <>{r.opinions.length > 0 && <Tag color="blue">{tr('已转民意', 'Opinion')}</Tag>}{r.suggestionId && <Tag color="green">{tr(`建议 #${r.suggestionId}`, `Suggestion #${r.suggestionId}`)}</Tag>}</> },
          ...(can(PERMISSIONS.DUTY_WRITE) ? [{
            title: tr('操作', 'Actions'),
            render: (_: unknown, r: Row) => (
              <Space size="small">
                <Button size="small" disabled={r.opinions.length > 0} onClick={() => run(() => toOpinion({ variables: { id: r.id, input: { version: r.version } } }), tr('已转为民意', 'Turned into an opinion'))}>{tr('转为民意', 'To opinion')}</Button>
                <Button size="small" onClick={() => showDraft(r)}>{tr('建议草稿', 'Suggestion draft')}</Button>
              </Space>
            ),
          }] : []),
        ]} />
      <Modal open={open} title={tr('写民情日记', 'Write a diary entry')} width={680} onCancel={() => setOpen(false)} destroyOnHidden
        onOk={async () => {
          const v = await validValues(form); if (!v) return;
          if (await run(() => write({ variables: { input: { deputyId: isDeputy ? null : v.deputyId, entryDate: v.entryDate, title: v.title, content: v.content, tags: v.tags ?? [] } } }), tr('已保存', 'Saved'))) setOpen(false);
        }}>
        <Form form={form} layout="vertical" preserve={false} initialValues={{ entryDate: today(), tags: [] }}>
          {!isDeputy && <Form.Item name="deputyId" label={tr('代表', 'Deputy')} rules={[{ required: true }]}><DeputySelect /></Form.Item>}
          <Form.Item name="entryDate" label={tr('日期', 'Date')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
          <Form.Item name="title" label={tr('标题', 'Title')} rules={[{ required: true }]}><Input /></Form.Item>
          <Form.Item name="content" label={tr('内容', 'Text')} rules={[{ required: true }]}><Input.TextArea rows={6} /></Form.Item>
          <Form.Item name="tags" label={tr('标签', 'Tags')}><Select mode="tags" options={DIARY_TAG_SUGGESTIONS.map((t) => ({ value: t, label: t }))} /></Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
