import type { EntityManager } from 'typeorm';
import { gradeVotes, type DutyReportGrade, type VoterContactKind } from '@luzhi/shared';
import { Session } from '../modules/registry/congress.entity';
import { SessionAttendance } from '../modules/duty/sessions/session-attendance.entity';
import { DutyReport, DutyReportRating } from '../modules/duty/reports/duty-report.entity';
import { OrganEvaluation, OrganEvaluationRating, RectificationItem, RectificationUpdate } from '../modules/duty/evaluations/organ-evaluation.entity';
import { ReceptionDay, ReceptionDuty, VoterContact, VoterOpinion } from '../modules/duty/voters/voter.entity';
import { SentimentDiary } from '../modules/duty/diaries/sentiment-diary.entity';
import { candidates, recordCommendationsIn } from '../modules/duty/commendations/commendation.service';
import type { RegistryDemo } from './registry.seed';
import { personName, seeded } from './random';

/** The year the source document looks back on. */
export const DUTY_DEMO_YEAR = 2005;

export interface DutyDemo {
  year: number;
  /** The three groups and thirteen district deputies commended, best first. */
  commendedGroupIds: number[];
  commendedDeputyIds: number[];
  /** The twelve city deputies who reported to the district standing committee. */
  reportingCityDeputyIds: number[];
}

const OPINIONS = [
  ['小区路灯损坏多日,夜间出行不便。', '民生'],
  ['希望在学校门口增设交通信号灯和减速带。', '交通'],
  ['老旧小区雨污管网堵塞,雨天积水严重。', '住房'],
  ['菜市场周边占道经营,早高峰拥堵。', '交通'],
  ['社区卫生服务站药品种类少,老人取药要跑远路。', '医疗'],
  ['希望增设社区日间照料中心,解决老人白天无人照看的问题。', '养老'],
  ['乡村道路年久失修,农产品运输困难。', '农业'],
  ['企业招工难与青年就业难并存,建议加强职业培训。', '就业'],
  ['河道沿岸有生活垃圾倾倒,夏季异味大。', '环境'],
  ['夜间烧烤噪音扰民,希望加强管理。', '治安'],
  ['小学放学时段校门口接送车辆乱停。', '教育'],
  ['公交线路调整后换乘不便,希望恢复原站点。', '交通'],
] as const;

/**
 * 2005 as the source tells it: session attendance, twelve city deputies reporting to the district
 * standing committee, district deputies reporting to their voters, reception days and voter
 * contacts at every liaison station, diaries, two state-organ evaluations, and the commendation of
 * three groups and thirteen district deputies chosen from the top of the year's ranking.
 *
 * The ranking is computed from the duty records at seed time, from whatever sources are
 * registered then: run this after the activity and suggestion seeds so their records count too.
 */
export async function seedDuty(em: EntityManager, registry: RegistryDemo): Promise<DutyDemo> {
  const r = seeded(20051229);
  const year = DUTY_DEMO_YEAR;
  const save = <T extends object>(entity: new () => T, rows: Partial<T>[]) => em.getRepository(entity).save(rows.map((v) => em.getRepository(entity).create(v as T)));
  const date = (month: number, day: number, y = year) => `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const phone = () => `13${r.int(0, 9)}${String(r.int(0, 99999999)).padStart(8, '0')}`;

  // Group members (district term), to spread activity by group.
  const members = new Map<number, number[]>();
  for (const row of await em.query(`SELECT group_id, deputy_id FROM group_membership WHERE group_id = ANY($1::int[]) AND end_date IS NULL ORDER BY group_id, id`, [registry.districtGroupIds])) {
    if (!members.has(row.group_id)) members.set(row.group_id, []);
    members.get(row.group_id)!.push(row.deputy_id);
  }
  // The three groups whose deputies are most active: a subdistrict, a township and a sector group.
  const activeGroups = [registry.districtGroupIds[0]!, registry.districtGroupIds[5]!, registry.districtGroupIds[7]!];
  const stars = new Set(activeGroups.flatMap((g, i) => members.get(g)!.slice(0, i === 0 ? 5 : 4)));
  const activeMembers = new Set(activeGroups.flatMap((g) => members.get(g)!));
  const groupOf = new Map<number, number>();
  for (const [g, ds] of members) for (const d of ds) groupOf.set(d, g);
  const level = (d: number) => (stars.has(d) ? 2 : activeMembers.has(d) ? 1 : 0);

  // --- Plenary sessions: the district congress's 3rd session, the one of the year.
  const sessions = await em.getRepository(Session).findBy({ termId: registry.districtTermId });
  const attendance: Partial<SessionAttendance>[] = [];
  for (const s of sessions.filter((x) => x.startDate.startsWith(`${year}-`))) {
    for (const d of registry.districtDeputyIds) {
      const roll = r.next();
      const status = level(d) > 0 || roll < 0.9 ? 'ATTENDED' : roll < 0.97 ? 'ON_LEAVE' : 'ABSENT';
      attendance.push({ sessionId: s.id, deputyId: d, status, note: status === 'ON_LEAVE' ? r.pick(['因公出差', '因病请假', '参加市里培训']) : null });
    }
  }
  await save(SessionAttendance, attendance);

  // --- Duty reports. Twelve city deputies to the district standing committee (their electoral
  // unit), oral and written, graded by the committee members' ratings.
  const evaluators = ['王建国', '李秀兰', '张志强', '刘海燕', '陈立新', '杨文斌', '赵红梅'];
  const reportingCityDeputyIds = registry.cityDeputyIds.slice(0, 12);
  const cityReports = await save(DutyReport, reportingCityDeputyIds.map((d, i) => ({
    deputyId: d, year, audience: 'ELECTORAL_UNIT' as const, form: i % 3 === 2 ? ('WRITTEN' as const) : ('ORAL' as const), status: 'EVALUATED' as const,
    title: `市人大代表向区人大常委会述职(${year}年第${i + 1}位)`, plannedOn: date(3 + (i >> 1), 20), reportedOn: date(3 + (i >> 1), 20 + (i % 2)),
    venue: i % 3 === 2 ? '书面述职,印发常委会组成人员' : `区人大常委会第${18 + (i >> 1)}次会议`,
    content: `一年来,本人认真学习《代表法》,参加市人大十二届二次会议,围绕优化企业外部环境、城区交通和社区服务等问题开展调研,提出建议${r.int(2, 5)}件,全部得到答复。`,
    evaluatedOn: date(3 + (i >> 1), 28), evaluationNote: '常委会组成人员审议认为,该代表能够认真履行代表职责,密切联系选民。',
  })));
  const ratings: Partial<DutyReportRating>[] = [];
  for (const [i, report] of cityReports.entries()) {
    const weak = i === 7 || i === 10;
    const grades: DutyReportGrade[] = evaluators.map((_, k) => (weak ? (k < 3 ? 'COMPETENT' : k < 6 ? 'BASICALLY_COMPETENT' : 'NOT_COMPETENT') : k < 6 || r.next() < 0.5 ? 'COMPETENT' : 'BASICALLY_COMPETENT'));
    grades.forEach((grade, k) => ratings.push({ reportId: report.id, evaluatorName: evaluators[k]!, grade, comment: grade === 'COMPETENT' ? '履职认真,联系选民紧密' : '建议进一步加强与选民的联系' }));
    report.grade = gradeVotes({ competent: grades.filter((g) => g === 'COMPETENT').length, basicallyCompetent: grades.filter((g) => g === 'BASICALLY_COMPETENT').length, notCompetent: grades.filter((g) => g === 'NOT_COMPETENT').length });
  }
  await save(DutyReportRating, ratings);
  await em.getRepository(DutyReport).save(cityReports);

  // District deputies of the active groups report to their voters, who vote.
  const voterReports: Partial<DutyReport>[] = [];
  for (const d of activeMembers) {
    const total = r.int(40, 90);
    const competent = Math.round(total * (level(d) === 2 ? 0.9 : r.next() < 0.85 ? 0.82 : 0.7));
    const basically = Math.round((total - competent) * 0.8);
    const votes = { competent, basicallyCompetent: basically, notCompetent: total - competent - basically };
    voterReports.push({
      deputyId: d, year, audience: 'VOTERS', form: 'ORAL', status: 'EVALUATED', title: `向原选区选民述职(${year})`,
      plannedOn: date(r.int(6, 11), 10), reportedOn: null, venue: '选区选民代表会议', content: '汇报一年来参加代表活动、联系选民和提出建议的情况。',
      votesCompetent: votes.competent, votesBasicallyCompetent: votes.basicallyCompetent, votesNotCompetent: votes.notCompetent, grade: gradeVotes(votes),
      evaluatedOn: null,
    });
  }
  for (const v of voterReports) v.reportedOn = v.evaluatedOn = v.plannedOn!;
  await save(DutyReport, voterReports);
  // Next year's plan: who reports when.
  await save(DutyReport, registry.cityDeputyIds.slice(12, 24).map((d, i) => ({
    deputyId: d, year: year + 1, audience: 'ELECTORAL_UNIT' as const, form: i % 2 ? ('WRITTEN' as const) : ('ORAL' as const), status: 'PLANNED' as const,
    title: `市人大代表向区人大常委会述职(${year + 1}年计划)`, plannedOn: date(3 + (i >> 1), 20, year + 1), venue: '区人大常委会会议', content: '',
  })));

  // --- Reception days at every liaison station, monthly. Every deputy of the active groups takes
  // turns on duty at their group's station (the sector group at the deputies' home); elsewhere one
  // or two deputies of the station's group are on duty.
  const home = registry.stationIds[registry.stationIds.length - 1]!;
  const stationOfGroup = new Map<number, number>(registry.districtGroupIds.slice(0, 7).map((g, i) => [g, registry.stationIds[i]!]));
  const days: { day: ReceptionDay; onDuty: Set<number> }[] = [];
  for (const stationId of registry.stationIds) {
    const group = [...stationOfGroup].find(([, s]) => s === stationId)?.[0];
    const pool = group ? members.get(group)!.filter((d) => level(d) === 0) : [];
    for (let month = 1; month <= 12; month++) {
      const [day] = await save(ReceptionDay, [{ stationId, date: date(month, 15), topic: r.pick(['听取选民对城区改造的意见', '接待选民来访', '社区服务与养老', '农村道路与饮水']), note: null }]);
      const onDuty = new Set<number>(pool.length ? [pool[r.int(0, pool.length - 1)]!, ...(r.next() < 0.4 ? [pool[r.int(0, pool.length - 1)]!] : [])] : []);
      days.push({ day: day!, onDuty });
    }
  }
  let turn = 0;
  for (const d of activeMembers) {
    const station = stationOfGroup.get(groupOf.get(d)!) ?? home;
    const ofStation = days.filter((x) => x.day.stationId === station);
    for (let k = 0; k < (level(d) === 2 ? 4 : 2); k++) ofStation[(turn++) % ofStation.length]!.onDuty.add(d);
  }
  await save(ReceptionDuty, days.flatMap(({ day, onDuty }) => [...onDuty].map((deputyId) => ({ receptionDayId: day.id, deputyId }))));

  // --- Voter contacts: at the reception days, and visits, letters and online messages.
  const contacts: Partial<VoterContact>[] = [];
  for (const { day, onDuty } of days) {
    for (const d of onDuty) contacts.push({ deputyId: d, kind: 'RECEPTION_DAY', contactedOn: day.date, receptionDayId: day.id, stationId: day.stationId, voterName: personName(r), voterPhone: phone(), summary: `接待日接待选民 ${r.int(2, 8)} 人次` });
  }
  for (const d of registry.districtDeputyIds) {
    const n = level(d) === 2 ? 6 : level(d) === 1 ? 3 : r.int(0, 2);
    for (let k = 0; k < n; k++) {
      const kind: VoterContactKind = r.weighted([['VISIT', 6], ['LETTER', 2], ['ONLINE', 2]]);
      contacts.push({ deputyId: d, kind, contactedOn: date(r.int(1, 12), r.int(1, 28)), receptionDayId: null, stationId: null, voterName: personName(r), voterPhone: kind === 'LETTER' ? null : phone(), summary: kind === 'VISIT' ? '走访选民,了解社区情况' : kind === 'LETTER' ? '收到选民来信' : '通过网络平台联系选民' });
    }
  }
  const savedContacts = await save(VoterContact, contacts);
  const opinions: Partial<VoterOpinion>[] = [];
  for (const c of savedContacts) {
    if (r.next() < 0.35) continue;
    const [text] = r.pick(OPINIONS);
    const roll = r.next();
    const status = roll < 0.45 ? 'ANSWERED' : roll < 0.75 ? 'REFERRED' : 'OPEN';
    opinions.push({
      contactId: c.id, diaryId: null, deputyId: c.deputyId, voterName: c.voterName, voterPhone: c.voterPhone, content: text, status,
      answer: status === 'ANSWERED' ? '已向选民说明有关政策和办理进度。' : null,
      referredOrganizationId: status === 'REFERRED' ? registry.org[r.pick(['housing', 'transport', 'civil', 'env', 'health', 'edu'])]! : null,
      suggestionId: null, handledOn: status === 'OPEN' ? null : c.contactedOn,
    });
  }
  await save(VoterOpinion, opinions);

  // --- Sentiment diaries: the active deputies write them; a few reach staff as opinions.
  const diaries: Partial<SentimentDiary>[] = [];
  for (const d of activeMembers) {
    const n = level(d) === 2 ? 12 : 5;
    for (let k = 0; k < n; k++) {
      const [text, tag] = r.pick(OPINIONS);
      diaries.push({ deputyId: d, entryDate: date(1 + Math.floor((k * 12) / n), r.int(1, 28)), title: text.slice(0, 12), content: `今日走访中听到:${text}记录在此,待进一步了解。`, tags: [tag], suggestionId: null });
    }
  }
  const savedDiaries = await save(SentimentDiary, diaries);
  await save(VoterOpinion, savedDiaries.filter((_, i) => i % 9 === 0).map((s) => ({ contactId: null, diaryId: s.id, deputyId: s.deputyId, content: s.content, status: 'OPEN' as const, voterName: null, voterPhone: null })));

  // --- Two evaluations of state organs: the education bureau (done) and the health bureau (rectifying).
  const [edu, health] = await save(OrganEvaluation, [
    { organizationId: registry.org.edu!, year, title: `${year}年代表评议区教育局工作`, phase: 'DONE', plan: '听取汇报、走访学校、代表测评、反馈整改。', conclusion: '总体满意,对校车管理和课后服务提出整改要求。' },
    { organizationId: registry.org.health!, year, title: `${year}年代表评议区卫生健康局工作`, phase: 'RECTIFYING', plan: '听取汇报、暗访社区卫生服务站、代表测评。', conclusion: null },
  ]);
  const raters = [...stars, ...[...activeMembers].filter((d) => !stars.has(d)).slice(0, 10)];
  await save(OrganEvaluationRating, [
    ...raters.map((deputyId) => ({ evaluationId: edu!.id, deputyId, score: r.int(78, 96), opinion: null })),
    ...[...stars].map((deputyId) => ({ evaluationId: health!.id, deputyId, score: r.int(70, 92), opinion: r.next() < 0.3 ? '社区卫生服务站药品种类偏少' : null })),
  ]);
  const items = await save(RectificationItem, [
    { evaluationId: edu!.id, description: '部分学校校车管理不规范,需建立安全检查制度。', responsibleOrganizationId: registry.org.edu!, raisedByDeputyId: [...stars][0]!, status: 'VERIFIED', dueOn: date(10, 31) },
    { evaluationId: edu!.id, description: '课后服务覆盖面不足,需扩大到全部城区小学。', responsibleOrganizationId: registry.org.edu!, raisedByDeputyId: [...stars][1]!, status: 'RESOLVED', dueOn: date(12, 31) },
    { evaluationId: health!.id, description: '社区卫生服务站常用药品目录需扩充。', responsibleOrganizationId: registry.org.health!, raisedByDeputyId: [...stars][2]!, status: 'IN_PROGRESS', dueOn: date(3, 31, year + 1) },
  ]);
  await save(RectificationUpdate, [
    { itemId: items[0]!.id, note: '制定校车安全检查制度', fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', userId: null },
    { itemId: items[0]!.id, note: '全区校车完成检查', fromStatus: 'IN_PROGRESS', toStatus: 'RESOLVED', userId: null },
    { itemId: items[0]!.id, note: '代表回访,验收通过', fromStatus: 'RESOLVED', toStatus: 'VERIFIED', userId: null },
    { itemId: items[1]!.id, note: '新增 6 所学校开展课后服务', fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', userId: null },
    { itemId: items[1]!.id, note: '城区小学全部覆盖', fromStatus: 'IN_PROGRESS', toStatus: 'RESOLVED', userId: null },
    { itemId: items[2]!.id, note: '已与医药公司签订配送协议', fromStatus: 'OPEN', toStatus: 'IN_PROGRESS', userId: null },
  ]);

  // --- Commendations from the top of the year's ranking (3 groups, 13 district deputies).
  const groupRanking = (await candidates(em, year, 'ADVANCED_GROUP', registry.districtTermId, 3, 0)).rows;
  const deputyRanking = (await candidates(em, year, 'EXCELLENT_DEPUTY', registry.districtTermId, 13, 0)).rows;
  await recordCommendationsIn(em, { year, kind: 'ADVANCED_GROUP', awardedOn: date(12, 28), entries: groupRanking.map((c) => ({ groupId: String(c.groupId) })) });
  await recordCommendationsIn(em, { year, kind: 'EXCELLENT_DEPUTY', awardedOn: date(12, 28), entries: deputyRanking.map((c) => ({ deputyId: String(c.deputyId) })) });

  return {
    year,
    commendedGroupIds: groupRanking.map((c) => c.groupId!),
    commendedDeputyIds: deputyRanking.map((c) => c.deputyId!),
    reportingCityDeputyIds,
  };
}
