import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { Space, Typography } from 'antd';
import { useAuth } from '../../app/auth';
import { useI18n } from '../../app/i18n';
import { DutyRecordView } from './DutyRecordView';
import { useDutyYear, YearSelect } from './common';

/** /duty/records/:deputyId/:year — one deputy's record, printable. */
export function DutyRecordPage() {
  const { deputyId, year } = useParams();
  const navigate = useNavigate();
  const { tr } = useI18n();
  const [, , years] = useDutyYear(Number(year));
  if (!deputyId || !/^\d+$/.test(year ?? '')) return <Typography.Text>{tr('地址有误', 'Bad address')}</Typography.Text>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space className="duty-no-print">
        <Typography.Text>{tr('年度', 'Year')}</Typography.Text>
        <YearSelect value={Number(year)} years={years} onChange={(y) => navigate(`/duty/records/${deputyId}/${y}`)} />
      </Space>
      <DutyRecordView deputyId={deputyId} year={Number(year)} />
    </Space>
  );
}

/** /duty/my-record — a deputy's own record for the latest year. */
export function MyDutyRecordPage() {
  const { viewer } = useAuth();
  const [year] = useDutyYear();
  // Staff hold the same permission but are no deputy: their records page is the ranking.
  if (!viewer?.scopeDeputyId) return <Navigate to="/duty/records" replace />;
  if (!year) return null;
  return <Navigate to={`/duty/records/${viewer.scopeDeputyId}/${year}`} replace />;
}
