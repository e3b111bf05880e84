import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Badge, Button, Card, Form, Input, List, Modal, Space, Switch, Tag, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { NOTICE_KIND_LABELS, PERMISSIONS, afterForPage, type NoticeKind } from '@luzhi/shared';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useServerErrors, validValues } from '../../app/form-errors';
import { useI18n } from '../../app/i18n';
import { DeputySelect, dateTime } from './common';
import { GroupsSelect } from '../../app/pickers/RegistryPickers';
import { MARK_READ, NOTICES, SEND_NOTICE } from './operations';

const PAGE = 20;

/** Which field the server's refusals are about: nobody to send to, or another group's deputies. */
const NOTICE_ERRORS_BY_KEY = { 'activity.nobodyInvited': ['deputyIds'], 'activity.notOwnGroup': ['groupIds'] };

/** 知情知政: information for chosen groups (their current members) and single deputies, tied to no activity. */
function SendNoticeDialog({ open, onClose, onSent }: { open: boolean; onClose: () => void; onSent: () => unknown }) {
  const { tr } = useI18n();
  const { viewer } = useAuth();
  const { message } = App.useApp();
  const showError = useServerErrors();
  const [send, { loading }] = useMutation(SEND_NOTICE);
  const [form] = Form.useForm();
  // A group leader informs their own group only.
  const ownGroup = viewer?.role === 'GROUP_LEADER' ? [viewer.scopeGroupId].filter((g): g is string => !!g) : null;
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return;
    try {
      const r = await send({ variables: { input: { title: v.title, body: v.body, groupIds: v.groupIds ?? [], deputyIds: v.deputyIds ?? [] } } });
      message.success(tr(`通知已发送给 ${r.data!.sendNotice.recipientCount} 位代表`, `Notice sent to ${r.data!.sendNotice.recipientCount} deputies`));
      onClose();
      await onSent();
    } catch (err) {
      showError(err, form, NOTICE_ERRORS_BY_KEY);
    }
  };
  const someone = () => ({
    validator: async () => {
      if (!form.getFieldValue('groupIds')?.length && !form.getFieldValue('deputyIds')?.length) throw new Error(tr('请选择小组或代表', 'Choose groups or deputies'));
    },
  });
  return (
    <Modal open={open} title={tr('发送知情知政通知', 'Send an information notice')} okText={tr('发送', 'Send')} onCancel={onClose} onOk={submit} confirmLoading={loading} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" preserve={false} data-testid="notice-form">
        <Form.Item name="title" label={tr('标题', 'Title')} rules={[{ required: true, message: tr('请填写标题', 'Give a title') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={tr('正文', 'Text')} rules={[{ required: true, message: tr('请填写正文', 'Write the text') }]}>
          <Input.TextArea rows={5} />
        </Form.Item>
        <Form.Item name="groupIds" label={tr('发给小组(当前成员)', 'To groups (their current members)')} dependencies={['deputyIds']} rules={[someone]}>
          <GroupsSelect onlyIds={ownGroup} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="deputyIds" label={tr('发给代表', 'To deputies')} dependencies={['groupIds']} rules={[someone]}>
          <DeputySelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A deputy's notices (opening one records the read receipt); staff see every notice and its read count. */
export function NoticesPage() {
  const { tr, label } = useI18n();
  const { viewer, can } = useAuth();
  const { message } = App.useApp();
  const isDeputy = viewer?.role === 'DEPUTY';
  const [unread, setUnread] = useState(false);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const { data, loading, refetch } = useQuery(NOTICES, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { unreadOnly: unread || undefined } } });
  const [markRead] = useMutation(MARK_READ);
  const open = async (id: string, read: boolean) => {
    setOpenId(openId === id ? null : id);
    if (isDeputy && !read) await markRead({ variables: { id } }).catch((err) => message.error(errorMessage(err)));
  };
  return (
    <Card
      title={isDeputy ? tr('我的通知', 'My notices') : tr('通知', 'Notices')}
      extra={isDeputy ? (
        <Space>
          <Link to="/my/activities" data-testid="my-activities">{tr('我的活动邀请', 'My invitations')}</Link>
          <Switch checked={unread} onChange={(v) => { setUnread(v); setPage(1); }} />{tr('只看未读', 'Unread only')}
        </Space>
      ) : can(PERMISSIONS.NOTICE_SEND) && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setSending(true)} data-testid="new-notice">{tr('发送知情知政通知', 'Send an information notice')}</Button>
      )}
    >
      <SendNoticeDialog open={sending} onClose={() => setSending(false)} onSent={() => { setPage(1); return refetch(); }} />
      <List
        loading={loading}
        dataSource={data?.notices.nodes ?? []}
        pagination={{ current: page, pageSize: PAGE, total: data?.notices.totalCount ?? 0, onChange: setPage }}
        renderItem={(n) => (
          <List.Item
            key={n.id}
            data-testid="notice-item"
            onClick={() => open(n.id, !!n.myReadAt)}
            style={{ cursor: 'pointer' }}
            extra={can(PERMISSIONS.NOTICE_SEND) ? <span data-testid="notice-read">{tr('已读', 'Read')} {n.readCount} / {n.recipientCount}</span> : n.myReadAt ? <Tag>{tr('已读', 'Read')}</Tag> : <Badge status="error" text={tr('未读', 'Unread')} />}
          >
            <List.Item.Meta
              title={<Space><Tag>{label(NOTICE_KIND_LABELS[n.kind as NoticeKind])}</Tag>{n.title}</Space>}
              description={<>{dateTime(n.sentAt)}{n.activity && <> · <Link to={`/activities/${n.activity.id}`} onClick={(e) => e.stopPropagation()}>{n.activity.title}</Link></>}</>}
            />
            {openId === n.id && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{n.body}</Typography.Paragraph>}
          </List.Item>
        )}
      />
    </Card>
  );
}
