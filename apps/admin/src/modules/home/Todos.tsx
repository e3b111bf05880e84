import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n';
import { DEPUTY_TODOS, UNIT_TODOS } from './operations';

function Counts({ items }: { items: { key: string; title: string; value: number | undefined; to: string }[] }) {
  return (
    <Row gutter={[16, 16]}>
      {items.map((i) => (
        <Col key={i.key} xs={12} md={6}>
          <Link to={i.to}><Card size="small" hoverable data-testid={`todo-${i.key}`}><Statistic title={i.title} value={i.value ?? '—'} /></Card></Link>
        </Col>
      ))}
    </Row>
  );
}

/** The signed-in deputy's own to-do counts (the list is scoped to their suggestions on the server). */
export function DeputyTodos() {
  const { tr } = useI18n();
  const { data } = useQuery(DEPUTY_TODOS, { fetchPolicy: 'network-only' });
  return <Counts items={[
    { key: 'to-rate', title: tr('待评价的答复', 'Replies to rate'), value: data?.toRate.totalCount, to: '/suggestions' },
    { key: 'drafts', title: tr('未提交的草稿', 'Drafts not submitted'), value: data?.drafts.totalCount, to: '/suggestions' },
  ]} />;
}

/** The signed-in unit's own to-do counts (assignments and findings are scoped to the unit on the server). */
export function UnitTodos() {
  const { tr } = useI18n();
  const { data } = useQuery(UNIT_TODOS, { fetchPolicy: 'network-only' });
  return <Counts items={[
    { key: 'open', title: tr('办理中的交办件', 'Open assignments'), value: data?.open.totalCount, to: '/suggestions/inbox' },
    { key: 'overdue', title: tr('逾期交办件', 'Overdue assignments'), value: data?.overdue.totalCount, to: '/suggestions/inbox' },
    { key: 'findings', title: tr('逾期未整改问题', 'Overdue findings'), value: data?.findings.totalCount, to: '/findings' },
  ]} />;
}
