import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Badge, Card, Empty, List, Typography } from 'antd';
import { SUGGESTION_STATUSES, SUGGESTION_STATUS_LABELS, type SuggestionStatus } from '@luzhi/shared';
import { useI18n } from '../../app/i18n';
import { SUGGESTION_LIST } from './operations';

function Column({ status }: { status: SuggestionStatus }) {
  const { tr, label } = useI18n();
  const { data, loading } = useQuery(SUGGESTION_LIST, { variables: { first: 20, filter: { statuses: [status] }, sort: 'DUE_DATE_ASC' } });
  return (
    <Card size="small" loading={loading} style={{ minWidth: 240, width: 240, flex: '0 0 auto' }} data-testid={`board-${status}`}
      title={<span>{label(SUGGESTION_STATUS_LABELS[status])} <Badge count={data?.suggestions.totalCount ?? 0} showZero color="#999" /></span>}>
      {data?.suggestions.nodes.length ? (
        <List size="small" dataSource={data.suggestions.nodes} renderItem={(s) => (
          <List.Item style={{ display: 'block' }}>
            <Link to={`/suggestions/${s.id}`}>{s.title}</Link>
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.registrationNumber ?? ''} {s.leadUnit?.name ?? ''}</Typography.Text>
              {s.overdue && <Typography.Text type="danger" style={{ fontSize: 12 }}> {tr('逾期', 'overdue')}</Typography.Text>}
            </div>
          </List.Item>
        )} />
      ) : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      {(data?.suggestions.totalCount ?? 0) > 20 && <Link to="/suggestions">{tr('查看全部', 'See all')}</Link>}
    </Card>
  );
}

/** One column per lifecycle state, in the order of the state machine. */
export function SuggestionBoardPage() {
  const { tr } = useI18n();
  return (
    <Card title={tr('办理看板', 'Board by status')}>
      <div style={{ display: 'flex', gap: 12, overflowX: 'auto', paddingBottom: 8 }}>
        {SUGGESTION_STATUSES.filter((s) => s !== 'DRAFT').map((s) => <Column key={s} status={s} />)}
      </div>
    </Card>
  );
}
