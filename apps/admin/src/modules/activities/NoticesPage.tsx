import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Badge, Card, List, Space, Switch, Tag, Typography } from 'antd';
import { NOTICE_KIND_LABELS, PERMISSIONS, afterForPage, type NoticeKind } from '@luzhi/shared';
import { errorMessage } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { dateTime } from './common';
import { MARK_READ, NOTICES } from './operations';

const PAGE = 20;

/** A deputy's notices (opening one records the read receipt); staff see every notice and its read count. */
export function NoticesPage() {
  const { tr, label } = useI18n();
  const { viewer, can } = useAuth();
  const { message } = App.useApp();
  const isDeputy = viewer?.role === 'DEPUTY';
  const [unread, setUnread] = useState(false);
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, loading } = useQuery(NOTICES, { variables: { first: PAGE, after: afterForPage(page, PAGE), filter: { unreadOnly: unread || undefined } } });
  const [markRead] = useMutation(MARK_READ);
  const open = async (id: string, read: boolean) => {
    setOpenId(openId === id ? null : id);
    if (isDeputy && !read) await markRead({ variables: { id } }).catch((err) => message.error(errorMessage(err)));
  };
  return (
    <Card
      title={isDeputy ? tr('我的通知', 'My notices') : tr('通知', 'Notices')}
      extra={isDeputy && (
        <Space>
          <Link to="/my/activities" data-testid="my-activities">{tr('我的活动邀请', 'My invitations')}</Link>
          <Switch checked={unread} onChange={(v) => { setUnread(v); setPage(1); }} />{tr('只看未读', 'Unread only')}
        </Space>
      )}
    >
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
            extra={can(PERMISSIONS.NOTICE_SEND) ? <span>{tr('已读', 'Read')} {n.readCount} / {n.recipientCount}</span> : n.myReadAt ? <Tag>{tr('已读', 'Read')}</Tag> : <Badge status="error" text={tr('未读', 'Unread')} />}
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
