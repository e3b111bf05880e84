import { HELD_ACTIVITY_STATUSES, type AttendanceStatus } from '@luzhi/shared';
import { registerDutySource } from '../duty-source';

/**
 * 参加、请假、缺席代表活动: one record per deputy and activity, in the year the activity started.
 * Activity types whose record is counted by a source of its own are left out, so nothing counts
 * twice: trainings (TRAINING_HOURS), organ evaluations (ORGAN_EVALUATIONS), reception days
 * (RECEPTION_DAYS), duty-report meetings (DUTY_REPORTS) and sitting in (COMMITTEE_MEETINGS).
 * Only activities held (HELD_ACTIVITY_STATUSES) count, as on the deputy's attendance page: leave
 * asked for an activity still to come is not yet a leave taken, and cancelled ones count for nobody.
 */
export const ACTIVITY_TYPES_COUNTED_ELSEWHERE = ['TRAINING', 'ORGAN_EVALUATION', 'VOTER_RECEPTION', 'DUTY_REPORT_MEETING', 'SITTING_IN'];
const counted = `a.status IN (${HELD_ACTIVITY_STATUSES.map((s) => `'${s}'`).join(', ')}) AND a.type NOT IN (${ACTIVITY_TYPES_COUNTED_ELSEWHERE.map((t) => `'${t}'`).join(', ')})`;
const inYear = `a.start_date >= make_date($year, 1, 1) AND a.start_date < make_date($year + 1, 1, 1)`;

function activitySource(status: AttendanceStatus & ('ATTENDED' | 'ON_LEAVE' | 'ABSENT'), key: string, label: { zh: string; en: string }, order: number, points: number, max: number | null) {
  registerDutySource({
    key,
    label,
    unit: { zh: '次', en: 'activities' },
    order,
    aggregate: 'sum',
    attendance: status,
    defaultPoints: points,
    defaultMaxPoints: max,
    valuesSql: `SELECT p.deputy_id, $year AS year, 1 AS value
      FROM activity_participant p JOIN activity a ON a.id = p.activity_id
      WHERE p.status = '${status}' AND ${inYear} AND ${counted} AND p.deputy_id IN $deputies`,
    entriesSql: `SELECT a.id AS record_id, a.start_date AS occurred_on, a.title, p.leave_reason AS detail, 1 AS value
      FROM activity_participant p JOIN activity a ON a.id = p.activity_id
      WHERE p.deputy_id = $deputy AND p.status = '${status}' AND ${inYear} AND ${counted}`,
    recordType: 'Activity',
    adminPath: '/activities/:id',
  });
}

activitySource('ATTENDED', 'ACTIVITIES_ATTENDED', { zh: '参加代表活动', en: 'Activities attended' }, 20, 3, 30);
activitySource('ON_LEAVE', 'ACTIVITIES_ON_LEAVE', { zh: '代表活动请假', en: 'Activities on leave' }, 21, 0, null);
activitySource('ABSENT', 'ACTIVITIES_ABSENT', { zh: '代表活动缺席', en: 'Activities absent' }, 22, -3, 15);
