import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Checkbox, Modal, Progress, Result, Space, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { DEPUTY_IMPORT_STATUS_LABELS } from '@luzhi/shared';
import { graphql } from '../../gql';
import { errorMessage, tokenStore } from '../../app/apollo';
import { useI18n } from '../../app/i18n';
import { TermSelect } from '../../app/pickers/RegistryPickers';
import { download } from '../registry/registry-ui';

const IMPORT = graphql(`
  query DeputyImport($id: ID!) {
    deputyImport(id: $id) {
      id filename status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount
      insertedCount updatedCount linkedCount excludedRows failure
      problems(first: 200) { row column reason }
    }
  }
`);
const APPLY = graphql(`mutation ApplyDeputyImport($id: ID!, $excludeRows: [Int!]) { applyDeputyImport(id: $id, excludeRows: $excludeRows) { id status } }`);

/**
 * The roster import: download the template, upload (.xlsx or .csv), see every problem with row,
 * column and reason while the server checks the file, then import — nothing is written while a
 * row is wrong, unless the wrong rows are excluded explicitly.
 */
export function ImportWizard({ open, onClose, onImported }: { open: boolean; onClose(): void; onImported(): void }) {
  const { tr, label, lang } = useI18n();
  const { message } = App.useApp();
  const [termId, setTermId] = useState<string | undefined>();
  const [importId, setImportId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [excludeBad, setExcludeBad] = useState(false);
  const [polling, setPolling] = useState(true);
  const { data } = useQuery(IMPORT, {
    variables: { id: importId ?? '' },
    skip: !importId,
    pollInterval: polling ? 500 : 0,
    fetchPolicy: 'network-only',
  });
  const [apply, { loading: applying }] = useMutation(APPLY);
  const imp = importId && data?.deputyImport.id === importId ? data.deputyImport : undefined;
  const running = imp?.status === 'VALIDATING' || imp?.status === 'APPLYING';
  useEffect(() => {
    setPolling(!imp || running);
    if (imp?.status === 'APPLIED') onImported();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [imp?.status, running]);
  const step = !imp ? 0 : imp.status === 'APPLIED' ? 2 : imp.status === 'APPLYING' ? 2 : 1;

  const reset = () => {
    setImportId(null);
    setExcludeBad(false);
  };

  const send = async (file: File) => {
    setUploading(true);
    try {
      const token = tokenStore.get();
      const res = await fetch(`/deputy-imports${termId ? `?termId=${termId}` : ''}`, {
        method: 'POST',
        headers: { 'x-filename': encodeURIComponent(file.name), 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: file,
      });
      const body = (await res.json()) as { id?: string; error?: { message: string } };
      if (!res.ok || !body.id) throw new Error(body.error?.message ?? `HTTP ${res.status}`);
      setExcludeBad(false);
      setImportId(body.id);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setUploading(false);
    }
    return false;
  };

  const uploader = (
    <Upload.Dragger accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => { void send(file); return false; }} disabled={uploading || running}>
      <p className="ant-upload-drag-icon"><InboxOutlined /></p>
      <p>{tr('点击或拖入名册文件(.xlsx 或 .csv)', 'Click or drop the roster (.xlsx or .csv)')}</p>
      <p style={{ color: '#888' }}>{tr('以公民身份号码识别同一代表:重复导入同一文件不会产生任何变化', 'Deputies are matched by ID number: importing the same file again changes nothing')}</p>
    </Upload.Dragger>
  );

  return (
    <Modal open={open} width={900} title={tr('导入代表名册', 'Import a deputy roster')} onCancel={() => { reset(); onClose(); }} footer={null} destroyOnHidden>
      <Steps current={step} style={{ marginBottom: 24 }} items={[{ title: tr('上传', 'Upload') }, { title: tr('校验', 'Check') }, { title: tr('导入', 'Import') }]} />
      {!imp && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Space wrap>
            <Button icon={<DownloadOutlined />} onClick={() => download('/deputy-imports/template.xlsx', {}, 'template.xlsx').catch((e) => message.error(errorMessage(e)))} data-testid="import-template">
              {tr('下载导入模板', 'Download the template')}
            </Button>
            <TermSelect style={{ width: 320 }} placeholder={tr('导入到届(可选:建立代表资格、选区和小组)', 'Into a term (optional: mandates, districts, groups)')} value={termId} onChange={setTermId} testId="import-term" />
          </Space>
          {uploader}
        </Space>
      )}
      {imp && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="import-result">
          <Typography.Text>
            {imp.filename} · <span data-testid="import-status">{label(DEPUTY_IMPORT_STATUS_LABELS[imp.status])}</span>
          </Typography.Text>
          {running && (
            <>
              <Progress percent={Math.round(imp.progress * 100)} status="active" data-testid="import-progress" />
              <Typography.Text type="secondary">{tr(`已处理 ${imp.processedRows} 行`, `${imp.processedRows} rows processed`)}</Typography.Text>
            </>
          )}
          {(imp.status === 'VALID' || imp.status === 'INVALID') && (
            <Space size="large">
              <Statistic title={tr('数据行', 'Rows')} value={imp.totalRows} />
              <Statistic title={tr('新增', 'New')} value={imp.newCount} />
              <Statistic title={tr('修改', 'Changed')} value={imp.changedCount} />
              <Statistic title={tr('无变化', 'Unchanged')} value={imp.unchangedCount} />
              <Statistic title={tr('有错误的行', 'Rows with problems')} value={imp.invalidRowCount} valueStyle={imp.invalidRowCount ? { color: '#b71c1c' } : undefined} />
            </Space>
          )}
          {imp.problemCount > 0 && (
            <>
              <Alert type="error" showIcon message={tr(`共 ${imp.problemCount} 个问题,涉及 ${imp.invalidRowCount} 行。修正文件后重新上传,或明确排除这些行后导入其余行。`,
                `${imp.problemCount} problems in ${imp.invalidRowCount} rows. Fix the file and upload it again, or exclude those rows explicitly and import the rest.`)} />
              <Table size="small" rowKey={(p) => `${p.row}-${p.column}-${p.reason}`} dataSource={imp.problems} pagination={{ pageSize: 8, showSizeChanger: false }} data-testid="import-problems"
                columns={[
                  { title: tr('行', 'Row'), dataIndex: 'row', width: 70 },
                  { title: tr('列', 'Column'), dataIndex: 'column', width: 180 },
                  { title: tr('原因', 'Reason'), dataIndex: 'reason' },
                ]} />
            </>
          )}
          {imp.status === 'FAILED' && <Alert type="error" showIcon message={imp.failure ?? tr('导入失败', 'The import failed')} />}
          {imp.status === 'APPLIED' && (
            <Result status="success" title={tr('导入完成', 'Imported')} data-testid="import-done"
              subTitle={tr(`新增 ${imp.insertedCount} 人,修改 ${imp.updatedCount} 人,无变化 ${imp.unchangedCount} 人;新建代表资格和小组关系 ${imp.linkedCount} 条`,
                `${imp.insertedCount} added, ${imp.updatedCount} changed, ${imp.unchangedCount} unchanged; ${imp.linkedCount} mandates and memberships made`)}
              extra={<Button type="primary" onClick={() => { reset(); onClose(); }}>{tr('完成', 'Done')}</Button>} />
          )}
          {(imp.status === 'VALID' || imp.status === 'INVALID' || imp.status === 'FAILED') && (
            <Space wrap>
              {imp.status === 'INVALID' && (
                <Checkbox checked={excludeBad} onChange={(e) => setExcludeBad(e.target.checked)} data-testid="import-exclude">
                  {tr(`排除 ${imp.invalidRowCount} 行有错误的数据`, `Exclude the ${imp.invalidRowCount} rows with problems`)}
                </Checkbox>
              )}
              {imp.status !== 'FAILED' && (
                <Button type="primary" loading={applying} disabled={imp.status === 'INVALID' && !excludeBad} data-testid="import-apply"
                  onClick={async () => {
                    try {
                      await apply({ variables: { id: imp.id, excludeRows: imp.status === 'INVALID' ? imp.invalidRows : [] } });
                      setPolling(true);
                    } catch (err) {
                      message.error(errorMessage(err));
                    }
                  }}>
                  {tr('导入', 'Import')}
                </Button>
              )}
              <Upload accept=".xlsx,.csv" showUploadList={false} beforeUpload={(file) => { void send(file); return false; }}>
                <Button loading={uploading}>{tr('上传修正后的文件', 'Upload a corrected file')}</Button>
              </Upload>
            </Space>
          )}
        </Space>
      )}
    </Modal>
  );
}
