import { PERMISSIONS } from '../permissions';
import { defineCube, REPORT_TIME_ZONE } from './cube';

/**
 * The audit trail as a cube: the platform's proof of the stats engine, and a useful view of how
 * much data work is done, on what, and when. Grouping by person needs the audit permission.
 */
export const AUDIT_CUBE = defineCube({
  name: 'Audit',
  label: { zh: '数据变更', en: 'Data changes' },
  description: { zh: '审计日志中记录的每一次数据变更', en: 'Every change to the data recorded in the audit trail' },
  from: 'audit_log a',
  dimensions: {
    ENTITY: {
      label: { zh: '实体', en: 'Entity' },
      description: { zh: '被修改的实体名称,例如 User', en: 'The name of the changed entity, e.g. User' },
      sql: 'a.entity',
      type: 'string',
    },
    ACTION: {
      label: { zh: '动作', en: 'Action' },
      description: { zh: 'INSERT(新增)、UPDATE(修改)或 DELETE(删除)', en: 'INSERT, UPDATE or DELETE' },
      sql: 'a.action',
      type: 'string',
    },
    OPERATION: {
      label: { zh: '操作', en: 'Operation' },
      description: { zh: '进行修改的 GraphQL 变更或后台任务', en: 'The GraphQL mutation or job that made the change' },
      sql: 'a.operation',
      type: 'string',
    },
    USER: {
      label: { zh: '操作人', en: 'User' },
      description: { zh: '进行修改的用户名(系统任务为空)', en: 'The username that made the change (empty for system jobs)' },
      sql: 'a.username',
      type: 'string',
      requires: PERMISSIONS.AUDIT_READ,
    },
    DAY: {
      label: { zh: '日期', en: 'Day' },
      description: { zh: '修改发生的日期(北京时间)', en: 'The day of the change (China Standard Time)' },
      sql: `(a.at AT TIME ZONE '${REPORT_TIME_ZONE}')::date`,
      type: 'date',
    },
    MONTH: {
      label: { zh: '月份', en: 'Month' },
      description: { zh: '修改发生的月份(YYYY-MM,北京时间)', en: 'The month of the change (YYYY-MM, China Standard Time)' },
      sql: `to_char(a.at AT TIME ZONE '${REPORT_TIME_ZONE}', 'YYYY-MM')`,
      type: 'string',
    },
  },
  measures: {
    changes: {
      label: { zh: '变更次数', en: 'Changes' },
      description: { zh: '审计记录条数', en: 'How many audit rows' },
      sql: 'count(*)',
      type: 'count',
    },
    records: {
      label: { zh: '涉及记录数', en: 'Records touched' },
      description: { zh: '被修改的不同记录数(实体 + 编号)', en: 'How many distinct records (entity + id) were changed' },
      sql: 'count(DISTINCT (a.entity, a.entity_id)) FILTER (WHERE a.entity_id IS NOT NULL)',
      type: 'count',
    },
    users: {
      label: { zh: '操作人数', en: 'Users' },
      description: { zh: '进行修改的不同用户数', en: 'How many distinct users made changes' },
      sql: 'count(DISTINCT a.user_id)',
      type: 'count',
    },
    deleteShare: {
      label: { zh: '删除占比', en: 'Share of deletions' },
      description: { zh: '删除在全部变更中的比例(0–1)', en: 'Deletions as a share of all changes (0–1)' },
      sql: `round(count(*) FILTER (WHERE a.action = 'DELETE')::numeric / nullif(count(*), 0), 4)`,
      type: 'rate',
    },
  },
  filters: {
    from: { label: { zh: '起始时间(含)', en: 'From (inclusive)' }, sql: 'a.at', op: 'gte', type: 'timestamp' },
    to: { label: { zh: '截止时间(不含)', en: 'To (exclusive)' }, sql: 'a.at', op: 'lt', type: 'timestamp' },
    entities: { label: { zh: '实体(任一)', en: 'Entities (any of)' }, sql: 'a.entity', op: 'in', type: 'string' },
    actions: { label: { zh: '动作(任一)', en: 'Actions (any of)' }, sql: 'a.action', op: 'in', type: 'string' },
    userId: { label: { zh: '操作人编号', en: 'User id' }, sql: 'a.user_id', op: 'eq', type: 'id', requires: PERMISSIONS.AUDIT_READ },
  },
});
