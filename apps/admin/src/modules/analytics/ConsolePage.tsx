import { useCallback, useMemo, useRef, useState, type ComponentProps } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Empty, Form, Input, List, Modal, Popconfirm, Select, Space, Switch, Tabs, Tag, Tooltip, Typography } from 'antd';
import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { graphql } from '../../gql';
import type { SavedQueriesQuery } from '../../gql/graphql';
import { errorMessage, tokenStore } from '../../app/apollo';
import { readStoredLang, useI18n, formatDateTime } from '../../app/i18n';
import { download, findTables, toCsv, toXlsx, type ResultTable } from './exportResult';
import { validValues } from '../../app/form-errors';

const SAVED_QUERIES = graphql(`
  query SavedQueries {
    savedQueries(first: 100) {
      totalCount
      nodes { id name description query variables shared mine ownerName version updatedAt }
    }
  }
`);

const QUERY_RUNS = graphql(`
  query MyQueryRuns {
    myQueryRuns(first: 50) { id at operationName query variables cost status errorCode }
  }
`);

const CREATE = graphql(`
  mutation CreateSavedQuery($input: SavedQueryInput!) { createSavedQuery(input: $input) { id name version } }
`);

const UPDATE = graphql(`
  mutation UpdateSavedQuery($id: ID!, $input: UpdateSavedQueryInput!) { updateSavedQuery(id: $id, input: $input) { id name version } }
`);

const DELETE = graphql(`
  mutation DeleteSavedQuery($id: ID!) { deleteSavedQuery(id: $id) }
`);

type Saved = SavedQueriesQuery['savedQueries']['nodes'][number];
type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** Tells the server this request is a console run, to be kept in the user's history. */
const CONSOLE_HEADER = 'x-luzhi-console';

/** GraphiQL keeps its tabs here for the life of one editor: a loaded query always shows. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, v),
  };
}

const WELCOME = `# 分析控制台 / Analyst console
# 左侧选择保存的查询,或在此编写查询;Ctrl-Enter 运行。右上角的文档列出全部类型和字段。
# Pick a saved query on the left or write one here; Ctrl-Enter runs it. The docs (top left) list every type and field.
{
  auditStats(groupBy: [ENTITY]) {
    rows { entity changes }
    total { changes }
  }
}
`;

interface Loaded {
  key: number;
  query: string;
  variables: string;
  saved: Saved | null;
}

interface LastResult {
  data: unknown;
  cost?: { requested: number; limit: number };
  operationName?: string | null;
}

function json(value: unknown): string {
  return value === null || value === undefined ? '' : JSON.stringify(value, null, 2);
}

export default function ConsolePage() {
  const { tr } = useI18n();
  const { message } = App.useApp();
  const saved = useQuery(SAVED_QUERIES, { fetchPolicy: 'cache-and-network' });
  const runs = useQuery(QUERY_RUNS, { fetchPolicy: 'network-only' });
  const [createSaved] = useMutation(CREATE);
  const [updateSaved] = useMutation(UPDATE);
  const [deleteSaved] = useMutation(DELETE);
  const [loaded, setLoaded] = useState<Loaded>({ key: 0, query: WELCOME, variables: '', saved: null });
  const [result, setResult] = useState<LastResult | null>(null);
  const [saving, setSaving] = useState(false);
  const [csvTable, setCsvTable] = useState(0);
  const [form] = Form.useForm();
  const editor = useRef({ query: loaded.query, variables: loaded.variables });
  const refetchRuns = runs.refetch;

  const load = useCallback((query: string, variables: unknown, from: Saved | null) => {
    editor.current = { query, variables: json(variables) };
    setLoaded((prev) => ({ key: prev.key + 1, query, variables: json(variables), saved: from }));
  }, []);

  const fetcher = useCallback<Fetcher>(
    async (params) => {
      const token = tokenStore.get();
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'accept-language': readStoredLang(),
          [CONSOLE_HEADER]: '1',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(params),
      });
      const body = (await res.json()) as { data?: unknown; errors?: unknown[]; extensions?: { cost?: LastResult['cost'] } };
      if (params.operationName !== 'IntrospectionQuery') {
        setResult({ data: body.data ?? null, cost: body.extensions?.cost, operationName: params.operationName });
        setCsvTable(0);
        void refetchRuns();
      }
      return body as Awaited<ReturnType<Fetcher>>;
    },
    [refetchRuns],
  );

  const tables: ResultTable[] = useMemo(() => (result?.data ? findTables(result.data) : []), [result]);
  const baseName = (loaded.saved?.name ?? result?.operationName ?? 'query').replace(/[\\/:*?"<>|\s]+/g, '_');
  const storage = useMemo(() => memoryStorage(), [loaded.key]); // eslint-disable-line react-hooks/exhaustive-deps

  const exportXlsx = async () => {
    try {
      download(await toXlsx(tables), `${baseName}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const exportCsv = () => {
    const table = tables[csvTable] ?? tables[0];
    if (table) download(toCsv(table), `${baseName}${tables.length > 1 ? `-${table.path}` : ''}.csv`, 'text/csv;charset=utf-8');
  };

  const openSave = () => {
    const mine = loaded.saved?.mine ? loaded.saved : null;
    form.setFieldsValue({ name: mine?.name ?? '', description: mine?.description ?? '', shared: mine?.shared ?? false, asNew: !mine });
    setSaving(true);
  };

  const save = async () => {
    const v = await validValues(form); if (!v) return;
    let variables: Record<string, unknown> | null = null;
    try {
      variables = editor.current.variables.trim() ? (JSON.parse(editor.current.variables) as Record<string, unknown>) : null;
    } catch {
      message.error(tr('变量不是有效的 JSON', 'The variables are not valid JSON'));
      return;
    }
    const input = { name: v.name, description: v.description ?? '', query: editor.current.query, variables, shared: !!v.shared };
    try {
      const mine = loaded.saved?.mine && !v.asNew ? loaded.saved : null;
      if (mine) await updateSaved({ variables: { id: mine.id, input: { ...input, version: mine.version } } });
      else await createSaved({ variables: { input } });
      message.success(tr('查询已保存', 'Query saved'));
      setSaving(false);
      const fresh = await saved.refetch();
      const now = fresh.data?.savedQueries.nodes.find((n) => n.name === v.name && n.mine) ?? null;
      setLoaded((prev) => ({ ...prev, saved: now }));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const savedList = saved.data?.savedQueries.nodes ?? [];
  const runList = runs.data?.myQueryRuns ?? [];
  const statusColor = { OK: 'green', ERROR: 'red', REFUSED: 'orange' } as Record<string, string>;

  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'stretch', height: 'calc(100vh - 112px)', minHeight: 560 }}>
      <Card size="small" style={{ width: 300, flex: 'none', overflow: 'auto' }} styles={{ body: { padding: '0 12px 12px' } }}>
        <Tabs
          items={[
            {
              key: 'saved',
              label: tr('保存的查询', 'Saved queries'),
              children: savedList.length ? (
                <List
                  size="small"
                  dataSource={savedList}
                  data-testid="saved-queries"
                  renderItem={(q) => (
                    <List.Item
                      style={{ cursor: 'pointer', background: loaded.saved?.id === q.id ? '#fff1f0' : undefined, paddingInline: 8 }}
                      onClick={() => load(q.query, q.variables, q)}
                      actions={
                        q.mine
                          ? [
                              <Popconfirm key="del" title={tr('删除此查询?', 'Delete this query?')} onConfirm={async (e) => {
                                e?.stopPropagation();
                                try {
                                  await deleteSaved({ variables: { id: q.id } });
                                  await saved.refetch();
                                } catch (err) {
                                  message.error(errorMessage(err));
                                }
                              }}>
                                <a onClick={(e) => e.stopPropagation()}>{tr('删除', 'Delete')}</a>
                              </Popconfirm>,
                            ]
                          : []
                      }
                    >
                      <List.Item.Meta
                        title={<span data-testid="saved-query-name">{q.name}</span>}
                        description={
                          <Space size={4} wrap>
                            {q.shared ? <Tag color="blue">{tr('共享', 'Shared')}</Tag> : <Tag>{tr('私有', 'Private')}</Tag>}
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{q.mine ? tr('我', 'me') : q.ownerName}</Typography.Text>
                          </Space>
                        }
                      />
                    </List.Item>
                  )}
                />
              ) : (
                <Empty description={tr('还没有保存的查询', 'No saved queries yet')} />
              ),
            },
            {
              key: 'history',
              label: tr('运行记录', 'History'),
              children: (
                <List
                  size="small"
                  dataSource={runList}
                  data-testid="query-runs"
                  locale={{ emptyText: tr('还没有运行记录', 'No runs yet') }}
                  renderItem={(r) => (
                    <List.Item style={{ cursor: 'pointer', paddingInline: 8 }} onClick={() => load(r.query, r.variables, null)}>
                      <List.Item.Meta
                        title={r.operationName ?? tr('(未命名)', '(anonymous)')}
                        description={
                          <Space size={4} wrap>
                            <Tag color={statusColor[r.status]}>{r.status}</Tag>
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {formatDateTime(r.at)} · {tr('代价', 'cost')} {r.cost ?? '—'}
                            </Typography.Text>
                          </Space>
                        }
                      />
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      </Card>
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 8 }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap>
            <Typography.Text strong data-testid="console-title">{loaded.saved?.name ?? tr('分析控制台', 'Analyst console')}</Typography.Text>
            {result?.cost && (
              <Tooltip title={tr('本次查询的代价 / 您的上限', "This query's cost / your limit")}>
                <Tag data-testid="query-cost">{tr('代价', 'Cost')} {result.cost.requested} / {result.cost.limit}</Tag>
              </Tooltip>
            )}
          </Space>
          <Space wrap>
            <Button icon={<SaveOutlined />} onClick={openSave} data-testid="save-query">{tr('保存查询', 'Save query')}</Button>
            {tables.length > 1 && (
              <Select size="middle" value={csvTable} onChange={setCsvTable} style={{ width: 200 }} options={tables.map((t, i) => ({ value: i, label: `CSV: ${t.path}` }))} />
            )}
            <Button icon={<DownloadOutlined />} disabled={!tables.length} onClick={exportCsv} data-testid="export-csv">{tr('导出 CSV', 'Export CSV')}</Button>
            <Button icon={<DownloadOutlined />} disabled={!tables.length} onClick={() => void exportXlsx()} data-testid="export-xlsx">{tr('导出 Excel', 'Export Excel')}</Button>
          </Space>
        </Space>
        <div style={{ flex: 1, minHeight: 0, border: '1px solid #f0f0f0' }} data-testid="graphiql">
          <GraphiQL
            key={loaded.key}
            fetcher={fetcher}
            storage={storage}
            initialQuery={loaded.query}
            initialVariables={loaded.variables}
            defaultEditorToolsVisibility={loaded.variables ? 'variables' : false}
            isHeadersEditorEnabled={false}
            forcedTheme="light"
            onEditQuery={(q) => (editor.current.query = q)}
            onEditVariables={(v) => (editor.current.variables = v)}
          />
        </div>
      </div>
      <Modal open={saving} title={tr('保存查询', 'Save query')} okText={tr('保存', 'Save')} onCancel={() => setSaving(false)} onOk={() => void save()} destroyOnHidden>
        <Form form={form} layout="vertical" data-testid="save-query-form">
          <Form.Item name="name" label={tr('名称', 'Name')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={tr('说明', 'Description')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="shared" label={tr('与其他分析员共享', 'Share with the other analysts')} valuePropName="checked">
            <Switch />
          </Form.Item>
          {loaded.saved?.mine && (
            <Form.Item name="asNew" label={tr('另存为新查询', 'Save as a new query')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
