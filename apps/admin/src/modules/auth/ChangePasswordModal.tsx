import { App, Form, Input, Modal } from 'antd';
import { useMutation } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH } from '@luzhi/shared';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { errorMessage } from '../../app/apollo';
import { validValues } from '../../app/form-errors';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose(): void }) {
  const { tr } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [change, { loading }] = useMutation(CHANGE_PASSWORD);

  const submit = async () => {
    const values = await validValues(form); if (!values) return;
    try {
      await change({ variables: { currentPassword: values.currentPassword, newPassword: values.newPassword } });
      message.success(tr('密码已修改,其他会话已退出', 'Password changed; your other sessions were signed out'));
      form.resetFields();
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Modal open={open} title={tr('修改密码', 'Change password')} onOk={submit} onCancel={onClose} confirmLoading={loading} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="currentPassword" label={tr('当前密码', 'Current password')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={tr('新密码', 'New password')}
          rules={[{ required: true }, { min: PASSWORD_MIN_LENGTH, message: tr(`至少 ${PASSWORD_MIN_LENGTH} 个字符`, `At least ${PASSWORD_MIN_LENGTH} characters`) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={tr('确认新密码', 'Repeat the new password')}
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(tr('两次输入不一致', 'The two entries differ')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
