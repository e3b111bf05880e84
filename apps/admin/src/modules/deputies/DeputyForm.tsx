import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import {
  DEPUTY_LIMITS, DEPUTY_STATUS_LABELS, deputyProblems, EDUCATION_LABELS, GENDER_LABELS, OCCUPATION_CATEGORY_LABELS, PARTY_LABELS,
  type DeputyField, type DeputyValues,
} from '@luzhi/shared';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/apollo';
import { useI18n } from '../../app/i18n';
import { TermSelect } from '../../app/pickers/RegistryPickers';
import { nullable, useLabelOptions, useMessage } from '../registry/registry-ui';
import { validValues } from '../../app/form-errors';

const CREATE = graphql(`mutation CreateDeputy($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }`);
const UPDATE = graphql(`mutation UpdateDeputy($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id version } }`);

export interface DeputyRecord extends DeputyValues {
  id: string;
  version: number;
  party?: string;
  education?: string | null;
  occupationCategory?: string;
  status?: string;
}

/**
 * Creating and editing a deputy. Each field is checked with the shared `deputyProblems`, the
 * function the server and the roster import use, so the form refuses exactly what they refuse.
 */
export function DeputyFormModal({ open, deputy, onClose, onSaved }: { open: boolean; deputy: DeputyRecord | null; onClose(): void; onSaved(id: string): void }) {
  const { tr } = useI18n();
  const { message } = App.useApp();
  const msg = useMessage();
  const options = useLabelOptions();
  const [form] = Form.useForm();
  const [create, { loading: creating }] = useMutation(CREATE);
  const [update, { loading: updating }] = useMutation(UPDATE);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (deputy) form.setFieldsValue(deputy);
  }, [open, deputy, form]);

  const shared = (field: DeputyField): Rule => ({
    validator: () => {
      const problem = deputyProblems(form.getFieldsValue() as DeputyValues).find((p) => p.field === field);
      return problem ? Promise.reject(new Error(msg(problem.key, problem.params))) : Promise.resolve();
    },
  });
  const item = (field: DeputyField, zh: string, en: string, input: React.ReactNode, required = false, extraDeps: string[] = []) => (
    <Form.Item name={field} label={tr(zh, en)} dependencies={extraDeps} rules={[...(required ? [{ required: true, message: msg('deputy.required', { field: zh }) }] : []), shared(field)]}>
      {input}
    </Form.Item>
  );

  const save = async () => {
    const valuesRaw = await validValues(form); if (!valuesRaw) return; const values = nullable(valuesRaw);
    const { termId, ...input } = values as Record<string, unknown>;
    try {
      if (deputy) {
        await update({ variables: { id: deputy.id, version: deputy.version, input: input as never } });
        message.success(tr('已保存', 'Saved'));
        onSaved(deputy.id);
      } else {
        const r = await create({ variables: { input: { ...(input as object), mandate: termId ? { termId: termId as string } : null } as never } });
        message.success(tr('已新建代表', 'Deputy created'));
        onSaved(r.data!.createDeputy.id);
      }
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Modal open={open} width={760} title={deputy ? tr('编辑代表信息', 'Edit deputy') : tr('新建代表', 'New deputy')} onCancel={onClose} onOk={save}
      okButtonProps={{ loading: creating || updating, 'data-testid': 'deputy-save' } as never} forceRender destroyOnHidden>
      <Form form={form} layout="vertical" data-testid="deputy-form" preserve={false}>
        <Row gutter={16}>
          <Col span={8}>{item('name', '姓名', 'Name', <Input maxLength={DEPUTY_LIMITS.name} />, true)}</Col>
          <Col span={8}>{item('idNumber', '公民身份号码', 'ID number', <Input maxLength={18} />, true)}</Col>
          <Col span={8}>{item('gender', '性别', 'Gender', <Select allowClear options={options(GENDER_LABELS)} placeholder={tr('按身份证号', 'From the ID number')} />, false, ['idNumber'])}</Col>
          <Col span={8}>{item('birthDate', '出生日期', 'Birth date', <Input placeholder={tr('YYYY-MM-DD,空则按身份证号', 'YYYY-MM-DD, empty: from the ID')} />, false, ['idNumber'])}</Col>
          <Col span={8}>{item('ethnicity', '民族', 'Ethnicity', <Input placeholder="汉族" />)}</Col>
          <Col span={8}>
            <Form.Item name="party" label={tr('政治面貌', 'Party')} rules={[{ required: true, message: msg('deputy.required', { field: '政治面貌' }) }]}>
              <Select options={options(PARTY_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="education" label={tr('学历', 'Education')}><Select allowClear options={options(EDUCATION_LABELS)} /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="occupationCategory" label={tr('代表构成', 'Occupation category')} rules={[{ required: true, message: msg('deputy.required', { field: '代表构成' }) }]}>
              <Select options={options(OCCUPATION_CATEGORY_LABELS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="status" label={tr('状态', 'Status')}><Select allowClear options={options(DEPUTY_STATUS_LABELS)} placeholder={tr('在任', 'Serving')} /></Form.Item>
          </Col>
          <Col span={12}>{item('workUnit', '工作单位', 'Work unit', <Input />)}</Col>
          <Col span={12}>{item('position', '职务', 'Position', <Input />)}</Col>
          <Col span={8}>{item('phone', '手机号码', 'Phone', <Input />)}</Col>
          <Col span={16}>{item('address', '通讯地址', 'Address', <Input />)}</Col>
          {!deputy && (
            <Col span={24}>
              <Form.Item name="termId" label={tr('同时建立代表资格(届)', 'Also give a mandate in term')}>
                <TermSelect />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
