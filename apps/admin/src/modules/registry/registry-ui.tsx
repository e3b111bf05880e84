import { useState, type ReactNode } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Rule } from 'antd/es/form';
import { PlusOutlined } from '@ant-design/icons';
import { formatMessage, isValidIsoDate, isValidPhone, PERMISSIONS, type Lang, type MessageParams } from '@luzhi/shared';
import { errorMessage, tokenStore } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { validValues } from '../../app/form-errors';

/** Chinese names in pinyin order (the browser's ICU collation), for tables sorted here. */
export const pinyinCompare = new Intl.Collator('zh-Hans-CN-u-co-pinyin').compare;
export const byName = <T extends { name: string }>(a: T, b: T) => pinyinCompare(a.name, b.name);

/** Options for a Select from a shared `{ code: { zh, en } }` label table. */
export function useLabelOptions() {
  const { label } = useI18n();
  return <T extends string>(labels: Record<T, { zh: string; en: string }>) =>
    (Object.keys(labels) as T[]).map((value) => ({ value, label: label(labels[value]) }));
}

/** A message of the shared tables in the current language (the server's words, client-side). */
export function useMessage() {
  const { lang } = useI18n();
  return (key: string, params: MessageParams = {}) => formatMessage(key, params, lang as Lang);
}

/** Form rules from the shared validation, so the form refuses what the server refuses. */
export function useSharedRules() {
  const msg = useMessage();
  return {
    date: { validator: (_: unknown, v?: string) => (!v || isValidIsoDate(v) ? Promise.resolve() : Promise.reject(new Error(msg('deputy.dateInvalid', { value: v })))) } as Rule,
    phone: { validator: (_: unknown, v?: string) => (!v || isValidPhone(v.trim()) ? Promise.resolve() : Promise.reject(new Error(msg('deputy.phoneInvalid', { value: v })))) } as Rule,
  };
}

/** Downloads a file from the API with the session token (plain links cannot send it). */
export async function download(path: string, init: RequestInit = {}, fallbackName = 'download'): Promise<void> {
  const token = tokenStore.get();
  const res = await fetch(path, { ...init, headers: { ...(init.headers ?? {}), ...(token ? { authorization: `Bearer ${token}` } : {}), 'accept-language': localStorage.getItem('luzhi.lang') === 'en' ? 'en' : 'zh-CN' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  }
  const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : fallbackName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface FieldSpec {
  name: string;
  label: [string, string];
  kind?: 'text' | 'textarea' | 'number' | 'switch' | 'select';
  required?: boolean;
  options?: { value: string; label: string }[];
  rules?: Rule[];
  placeholder?: string;
  /** A control of its own, e.g. a select that searches the server. */
  input?: ReactNode;
}

export function FormFields({ fields }: { fields: FieldSpec[] }) {
  const { tr } = useI18n();
  return (
    <>
      {fields.map((f) => (
        <Form.Item key={f.name} name={f.name} label={tr(...f.label)} valuePropName={f.kind === 'switch' ? 'checked' : 'value'}
          rules={[...(f.required ? [{ required: true, message: tr(`请填写${f.label[0]}`, `${f.label[1]} is required`) }] : []), ...(f.rules ?? [])]}>
          {f.input ?? (f.kind === 'textarea' ? <Input.TextArea rows={6} /> : f.kind === 'number' ? <InputNumber min={1} style={{ width: '100%' }} />
            : f.kind === 'switch' ? <Switch /> : f.kind === 'select' ? <Select allowClear showSearch optionFilterProp="label" options={f.options} />
            : <Input placeholder={f.placeholder} />)}
        </Form.Item>
      ))}
    </>
  );
}

interface Editable {
  id: string;
  version: number;
}

/**
 * A registry table with create, edit (sending the version read) and delete: the same shape for
 * sectors, organizations, liaison stations, regulations, congresses, terms, sessions.
 */
export function CrudTable<T extends Editable>(props: {
  title: ReactNode;
  testId: string;
  rows: T[];
  loading?: boolean;
  columns: ColumnsType<T>;
  fields: FieldSpec[];
  toForm?: (row: T) => Record<string, unknown>;
  create: (values: Record<string, unknown>) => Promise<unknown>;
  update: (row: T, values: Record<string, unknown>) => Promise<unknown>;
  remove: (row: T) => Promise<unknown>;
  refetch: () => Promise<unknown>;
  extra?: ReactNode;
  pagination?: false | object;
  newDefaults?: Record<string, unknown>;
  /** Shown instead of the table, e.g. what to choose before there is anything to list. */
  empty?: ReactNode;
}) {
  const { tr } = useI18n();
  const { can } = useAuth();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [form] = Form.useForm();
  const writable = can(PERMISSIONS.REGISTRY_WRITE);
  const run = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      message.success(ok);
      await props.refetch();
      return true;
    } catch (err) {
      message.error(errorMessage(err));
      return false;
    }
  };
  const columns: ColumnsType<T> = [
    ...props.columns,
    ...(writable
      ? [{
        title: tr('操作', 'Actions'),
        key: 'actions',
        width: 150,
        render: (_: unknown, row: T) => (
          <Space size="small">
            <Button size="small" onClick={() => { setEditing(row); form.setFieldsValue(props.toForm ? props.toForm(row) : row); }}>{tr('编辑', 'Edit')}</Button>
            <Popconfirm title={tr('确定删除?', 'Delete it?')} onConfirm={() => run(() => props.remove(row), tr('已删除', 'Deleted'))}>
              <Button size="small" danger>{tr('删除', 'Delete')}</Button>
            </Popconfirm>
          </Space>
        ),
      }]
      : []),
  ];
  return (
    <Card title={props.title} data-testid={props.testId}
      extra={<Space>{props.extra}{writable && <Button type="primary" icon={<PlusOutlined />} onClick={() => { setEditing('new'); form.resetFields(); form.setFieldsValue(props.newDefaults ?? {}); }}>{tr('新建', 'New')}</Button>}</Space>}>
      {props.empty || <Table<T> rowKey="id" size="middle" loading={props.loading} dataSource={props.rows} columns={columns} pagination={props.pagination ?? { pageSize: 20, showSizeChanger: false }} />}
      <Modal
        open={editing !== null}
        title={editing === 'new' ? tr('新建', 'New') : tr('编辑', 'Edit')}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        forceRender
        onOk={async () => {
          const values = await validValues(form); if (!values) return;
          const ok = await run(() => (editing === 'new' ? props.create(values) : props.update(editing as T, values)), tr('已保存', 'Saved'));
          if (ok) setEditing(null);
        }}
      >
        {/* Named, so its field ids do not collide with another table's form on the same page (each label names its own input). */}
        <Form form={form} name={props.testId} layout="vertical" preserve={false}>
          <FormFields fields={props.fields} />
        </Form>
      </Modal>
    </Card>
  );
}

/** Empty strings from a form become null for the API's optional fields. */
export function nullable<T extends Record<string, unknown>>(values: T): T {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' || v === undefined ? null : v])) as T;
}
