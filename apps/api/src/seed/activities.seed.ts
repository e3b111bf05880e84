import type { EntityManager } from 'typeorm';
import type { ActivityScope, ActivityStatus, ActivityType, AttendanceStatus, FindingStatus, FindingUpdateKind, InvitationSource, TrainingMode } from '@luzhi/shared';
import { Activity, ActivityParticipant, ActivityReport, ActivityStop, ImplementationPlan } from '../modules/activities/activity.entity';
import { AnnualPlan, PlanItem } from '../modules/activities/annual-plan.entity';
import { Finding, FindingUpdate } from '../modules/activities/finding.entity';
import { Notice, NoticeRecipient } from '../modules/activities/notice.entity';
import { CommitteeMeeting, MeetingAttendance, QuizResult, Training } from '../modules/activities/training.entity';
import { seeded } from './random';
import type { RegistryDemo } from './registry.seed';

/** What later seeds (suggestions, duty records) build on. */
export interface ActivitiesDemo {
  /** The three-day concentrated inspection by the city deputies, 2005-12-27..29. */
  inspectionActivityId: number;
  /** Its 8 findings, in report order: each is to become a suggestion to the 3rd session of the 12th city congress. */
  inspectionFindingIds: number[];
  /** Its 9 stops, in visiting order. */
  inspectionStopIds: number[];
  /** The session the 8 findings go to as suggestions (RegistryDemo.citySession3Id). */
  inspectionSuggestionSessionId: number;
  cityPlanId: number;
  districtPlanIds: number[];
  /** The district groups' own single-topic activities (industrial projects, park infrastructure, community services). */
  groupActivityIds: number[];
  trainingIds: number[];
  committeeMeetingIds: number[];
  /** An activity still PLANNED, for a demo of sending the advance notice. */
  plannedActivityId: number;
}

const at = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`);

interface FindingSpec {
  stop: string | null;
  title: string;
  description: string;
  unit: string | null;
  deadline: string | null;
  status: FindingStatus;
  /** Extra timeline entries beyond the status changes: [kind, date, note, by the unit]. */
  notes?: [FindingUpdateKind, string, string, boolean][];
  closeReason?: string;
}

/** The 8 issues of the 2005 inspection report (source: 集中提出了关于优化企业外部环境等8个问题). */
const INSPECTION_FINDINGS: FindingSpec[] = [
  {
    stop: null, unit: 'drc', deadline: '2006-06-30', status: 'RESOLVED',
    title: '优化企业外部环境,减少涉企检查和收费',
    description: '多家被视察企业反映,各部门对企业的检查多、收费项目多,审批环节多、时限长,影响企业正常生产经营。',
    notes: [['RECTIFICATION_CLAIM', '2006-05-20', '已清理涉企收费项目 17 项,建立涉企检查备案制度,实行联合检查。', true], ['VERIFICATION_PASSED', '2006-06-15', '常委会组织代表回访 5 家企业,反映检查和收费明显减少。', false]],
  },
  {
    stop: 'feed', unit: 'transport', deadline: '2006-08-31', status: 'RESOLVED',
    title: '饲料企业原料运输道路破损严重',
    description: '丰禾饲料有限公司门前道路年久失修,雨天积水,原料车辆通行困难。',
    notes: [['PROGRESS', '2006-04-10', '道路维修已列入 2006 年农村公路建设计划。', true], ['RECTIFICATION_CLAIM', '2006-08-05', '道路已完成翻修并通过验收。', true], ['VERIFICATION_PASSED', '2006-08-25', '代表实地查看,道路平整畅通。', false]],
  },
  {
    stop: 'prison', unit: 'prison', deadline: '2006-09-30', status: 'RECTIFYING',
    title: '服刑人员职业技能培训不足,刑满释放人员安置帮教衔接不畅',
    description: '市第二监狱职业技能培训项目少、证书认可度低;刑满释放人员回归社会后的就业安置和帮教与社区衔接不畅。',
    notes: [['PROGRESS', '2006-07-01', '已与区人力资源和社会保障局签订技能培训合作协议,新增两个培训项目。', true]],
  },
  {
    stop: 'station', unit: 'cityRailway', deadline: '2006-05-31', status: 'RECTIFYING',
    title: '火车站周边交通秩序混乱',
    description: '柳河火车站站前广场出租车、三轮车乱停乱放,旅客出行不便,存在安全隐患。',
    notes: [['RECTIFICATION_CLAIM', '2006-05-25', '已施划停车泊位,安排专人疏导。', true], ['VERIFICATION_FAILED', '2006-06-08', '代表暗访发现高峰时段乱停现象依旧,要求建立长效管理机制。', false]],
  },
  {
    stop: 'school', unit: 'edu', deadline: '2006-08-31', status: 'INVESTIGATING',
    title: '小学校舍老化、操场狭小',
    description: '城关第一小学部分教室为上世纪七十年代建筑,操场面积不足,不能满足教学需要。',
    notes: [['PROGRESS', '2006-03-15', '已委托房屋安全鉴定机构对校舍进行鉴定。', true]],
  },
  {
    stop: 'police', unit: 'police', deadline: '2006-06-30', status: 'CLOSED_UNRESOLVED',
    title: '公安分局警力不足,城乡结合部治安防控薄弱',
    description: '市公安局柳河分局警力与辖区人口不相适应,城乡结合部巡逻防控力量不足。',
    closeReason: '警力编制由市里核定,区级无法解决;已以代表建议形式提交市人大。',
  },
  {
    stop: 'community', unit: 'civil', deadline: '2006-10-31', status: 'RESOLVED',
    title: '社区居家养老服务设施不足',
    description: '幸福社区老年人口多,缺少日间照料场所和助餐服务。',
    notes: [['RECTIFICATION_CLAIM', '2006-10-20', '社区日间照料中心已建成投入使用,开设老年餐桌。', true], ['VERIFICATION_PASSED', '2006-10-28', '代表视察照料中心,运行良好。', false]],
  },
  {
    stop: 'township', unit: 'agri', deadline: null, status: 'OPEN',
    title: '乡村道路和农田水利设施老化',
    description: '石桥乡部分村道路为土路,灌溉渠道渗漏严重,影响农业生产。',
  },
];

const STATUS_PATH: Record<FindingStatus, FindingStatus[]> = {
  OPEN: [],
  INVESTIGATING: ['INVESTIGATING'],
  RECTIFYING: ['INVESTIGATING', 'RECTIFYING'],
  RESOLVED: ['INVESTIGATING', 'RECTIFYING', 'RESOLVED'],
  CLOSED_UNRESOLVED: ['INVESTIGATING', 'CLOSED_UNRESOLVED'],
};

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function seedActivities(em: EntityManager, registry: RegistryDemo): Promise<ActivitiesDemo> {
  const r = seeded(20051229);
  const save = <T extends object>(entity: new () => T, values: Partial<T>) => em.getRepository(entity).save(em.getRepository(entity).create(values as T));
  const saveAll = <T extends object>(entity: new () => T, rows: Partial<T>[]) => em.getRepository(entity).save(rows.map((v) => em.getRepository(entity).create(v as T)));
  const org = registry.org;
  const membersOf = async (groupId: number): Promise<number[]> =>
    (await em.query(`SELECT deputy_id FROM group_membership WHERE group_id = $1 AND end_date IS NULL ORDER BY id`, [groupId])).map((x: { deputy_id: number }) => x.deputy_id);
  const [groupCG, groupDG] = registry.districtGroupIds;
  const groupTownship = registry.districtGroupIds[5]!;
  const groupDevelopment = registry.districtGroupIds.at(-1)!;

  // ---- annual plans ----------------------------------------------------------------------------
  const cityPlan = await save(AnnualPlan, { year: 2005, congressId: registry.cityCongressId, title: '2005 年在区市人大代表活动计划', description: '年初制定,严格按计划开展;每项活动之前拿出实施方案。' });
  const districtPlan = await save(AnnualPlan, { year: 2005, congressId: registry.districtCongressId, title: '2005 年区人大代表活动计划', description: '围绕常委会工作安排开展代表活动;代表小组结合自身情况自行开展专题视察。' });
  const districtPlan2006 = await save(AnnualPlan, { year: 2006, congressId: registry.districtCongressId, title: '2006 年区人大代表活动计划', description: '继续实行有准备视察、单项视察,对发现问题监督整改。' });
  const item = (planId: number, month: number, title: string, type: ActivityType, organizerGroupId: number | null = null, scope: ActivityScope | null = null) =>
    save(PlanItem, { planId, month, title, type, organizerGroupId, scope, description: null });
  const cityItems = {
    quiz: await item(cityPlan.id, 5, '组织市人大代表参加代表知识答卷', 'TRAINING'),
    survey: await item(cityPlan.id, 7, '市人大代表专题调研', 'SURVEY', null, 'SINGLE_TOPIC'),
    inspection: await item(cityPlan.id, 12, '市人大代表集中视察', 'INSPECTION', null, 'COMPREHENSIVE'),
  };
  const districtItems = {
    meetingTraining: await item(districtPlan.id, 1, '区人大三次会议期间以会带训', 'TRAINING'),
    training: await item(districtPlan.id, 2, '区人大代表集中培训', 'TRAINING'),
    reception: await item(districtPlan.id, 3, '柳河乡代表小组选民接待日', 'VOTER_RECEPTION', groupTownship),
    industry: await item(districtPlan.id, 4, '工业项目建设专题视察', 'INSPECTION', groupDevelopment, 'SINGLE_TOPIC'),
    park: await item(districtPlan.id, 6, '园区基础设施建设专题视察', 'INSPECTION', groupCG, 'SINGLE_TOPIC'),
    community: await item(districtPlan.id, 9, '社区服务专题调研', 'SURVEY', groupDG, 'SINGLE_TOPIC'),
    evaluation: await item(districtPlan.id, 10, '组织代表评议区国家机关作风', 'ORGAN_EVALUATION'),
    forum: await item(districtPlan.id, 11, '区人大代表座谈会', 'FORUM'),
  };
  const revisit = await item(districtPlan2006.id, 2, '社区服务回访视察', 'INSPECTION', groupCG, 'SINGLE_TOPIC');
  const training2006 = await item(districtPlan2006.id, 3, '区人大代表 2006 年集中培训', 'TRAINING');

  // ---- helpers for one activity ----------------------------------------------------------------
  interface ActivitySpec {
    title: string;
    type: ActivityType;
    scope: ActivityScope;
    status: ActivityStatus;
    congressId: number;
    organizerGroupId?: number | null;
    planItemId?: number | null;
    startDate: string;
    endDate?: string;
    place: string;
    description?: string;
  }
  /** Every activity has its implementation plan before it happens (the source's rule); specific ones replace this default. */
  const activity = async (s: ActivitySpec, plan: Partial<ImplementationPlan> = {}) => {
    const a = await save(Activity, {
      ...s, endDate: s.endDate ?? s.startDate, organizerGroupId: s.organizerGroupId ?? null, planItemId: s.planItemId ?? null, description: s.description ?? null,
      notifiedAt: s.status === 'PLANNED' ? null : at(addDays(s.startDate, -7)), cancelReason: null,
    });
    await save(ImplementationPlan, {
      activityId: a.id, aims: `围绕“${s.title}”了解情况、发现问题、提出意见。`, itinerary: s.place, preparation: '提前一周将活动内容告知代表,代表会前开展调研。',
      leaders: s.organizerGroupId ? [] : ['区人大常委会副主任 刘文华'], ...plan,
    });
    return a;
  };
  /** Invites deputies with a spread of attendance that fits a completed activity. */
  const invite = async (a: Activity, deputyIds: number[], via: InvitationSource, shape: { leave?: number; absent?: number; keep?: number[] } = {}) => {
    const leaveReasons = ['外出学习', '单位有紧急任务', '病假', '出差在外地'];
    const rows = deputyIds.map((deputyId, i) => {
      let status: AttendanceStatus = a.status === 'COMPLETED' ? 'ATTENDED' : a.status === 'PLANNED' ? 'INVITED' : r.next() < 0.5 ? 'CONFIRMED' : 'INVITED';
      const protectedOne = shape.keep?.includes(deputyId);
      if (a.status === 'COMPLETED' && !protectedOne) {
        const fromEnd = deputyIds.length - 1 - i;
        if (fromEnd < (shape.absent ?? 0)) status = 'ABSENT';
        else if (fromEnd < (shape.absent ?? 0) + (shape.leave ?? 0)) status = 'ON_LEAVE';
      }
      return {
        activityId: a.id, deputyId, invitedVia: via, status,
        leaveReason: status === 'ON_LEAVE' ? r.pick(leaveReasons) : null,
        respondedAt: status === 'INVITED' ? null : at(addDays(a.startDate, -r.int(2, 6)), '15:00'),
        signedInAt: status === 'ATTENDED' ? at(a.startDate, `08:${String(r.int(10, 55)).padStart(2, '0')}`) : null,
      };
    });
    await saveAll(ActivityParticipant, rows);
    if (a.status !== 'PLANNED') {
      const notice = await save(Notice, {
        kind: 'ACTIVITY', activityId: a.id, sentAt: a.notifiedAt!, sentByUserId: null,
        title: `关于参加“${a.title}”的通知`,
        body: `各位代表:\n\n定于 ${a.startDate === a.endDate ? a.startDate : `${a.startDate} 至 ${a.endDate}`}开展“${a.title}”活动,请安排时间参加。视察内容和会前调研要求见实施方案。`,
      });
      await saveAll(NoticeRecipient, deputyIds.map((deputyId) => ({
        noticeId: notice.id, deputyId, readAt: r.next() < 0.92 ? at(addDays(a.notifiedAt!.toISOString().slice(0, 10), r.int(0, 3)), `${String(r.int(9, 20)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`) : null,
      })));
    }
  };
  const stops = async (a: Activity, list: [string, string][]) =>
    saveAll(ActivityStop, list.map(([key, date], i) => ({ activityId: a.id, sequence: i + 1, organizationId: org[key]!, visitDate: date, note: null })));
  const findings = async (a: Activity, stopRows: ActivityStop[], specs: FindingSpec[], raisers: number[]) => {
    const out: Finding[] = [];
    for (const [i, s] of specs.entries()) {
      const stop = s.stop ? stopRows.find((x) => x.organizationId === org[s.stop!]) ?? null : null;
      const f = await save(Finding, {
        activityId: a.id, stopId: stop?.id ?? null, title: s.title, description: s.description, responsibleOrganizationId: s.unit ? org[s.unit]! : null,
        deadline: s.deadline, status: s.status, closeReason: s.closeReason ?? null, raisedByDeputyId: raisers[i % raisers.length]!,
        resolvedAt: s.status === 'RESOLVED' ? at(s.notes?.findLast((n) => n[0] === 'VERIFICATION_PASSED')?.[1] ?? addDays(a.endDate, 120)) : null, suggestionId: null,
      });
      out.push(f);
      const timeline: Partial<FindingUpdate>[] = [{ kind: 'CREATED', toStatus: 'OPEN', note: '', createdAt: at(a.endDate, '17:00') }];
      let from: FindingStatus = 'OPEN';
      for (const [k, to] of STATUS_PATH[s.status].entries()) {
        if (to === 'RESOLVED') {
          const check = s.notes?.find((n) => n[0] === 'VERIFICATION_PASSED');
          timeline.push({ kind: 'VERIFICATION_PASSED', fromStatus: from, toStatus: to, note: check?.[2] ?? '核实已解决', createdAt: at(check?.[1] ?? addDays(a.endDate, 120)) });
        } else {
          const note = to === 'INVESTIGATING' ? '常委会交责任单位调查核实,明确责任。' : to === 'RECTIFYING' ? '责任已明确,责任单位制定整改方案。' : s.closeReason ?? '';
          timeline.push({ kind: 'STATUS_CHANGE', fromStatus: from, toStatus: to, note, createdAt: at(addDays(a.endDate, 14 + k * 21)) });
        }
        from = to;
      }
      for (const [kind, date, note, byUnit] of s.notes ?? []) {
        if (kind === 'VERIFICATION_PASSED') continue;
        timeline.push({ kind, note, createdAt: at(date), authorOrganizationId: byUnit && s.unit ? org[s.unit]! : null });
      }
      timeline.sort((x, y) => x.createdAt!.getTime() - y.createdAt!.getTime());
      await saveAll(FindingUpdate, timeline.map((t) => ({ findingId: f.id, fromStatus: null, toStatus: null, authorUserId: null, authorOrganizationId: null, ...t })));
    }
    return out;
  };

  // ---- the 2005-12-27..29 concentrated inspection by the 48 city deputies -----------------------
  const inspection = await activity({
    title: '市人大代表集中视察', type: 'INSPECTION', scope: 'COMPREHENSIVE', status: 'COMPLETED', congressId: registry.cityCongressId,
    planItemId: cityItems.inspection.id, startDate: '2005-12-27', endDate: '2005-12-29', place: '柳河区',
    description: '按照年度计划,组织在区选举产生的 48 名市人大代表进行为期 3 天的集中视察。',
  }, {
    aims: '了解我区企业发展、交通、教育、社会治安和社区、乡村建设情况,发现问题,明确责任,监督整改,为市人大十二届三次会议提出建议做准备。',
    itinerary: [
      '12 月 27 日:恒达机械有限公司、丰禾饲料有限公司、宏远建材有限公司',
      '12 月 28 日:柳河火车站、城关第一小学、市公安局柳河分局',
      '12 月 29 日:市第二监狱、东关街道幸福社区、石桥乡人民政府;下午集中座谈,汇总问题',
    ].join('\n'),
    preparation: '提前一周将视察内容告知代表;各代表小组会前就企业外部环境、教育设施和社区服务开展调研,收集第一手资料。',
    leaders: ['区人大常委会主任 周建国', '区人大常委会副主任 刘文华'],
  });
  const demoDeputy = registry.cityDeputyIds[0]!;
  await invite(inspection, registry.cityDeputyIds, 'CONGRESS_LEVEL', { leave: 3, absent: 2, keep: [demoDeputy] });
  const inspectionStops = await stops(inspection, [
    ['compA', '2005-12-27'], ['feed', '2005-12-27'], ['compB', '2005-12-27'],
    ['station', '2005-12-28'], ['school', '2005-12-28'], ['police', '2005-12-28'],
    ['prison', '2005-12-29'], ['community', '2005-12-29'], ['township', '2005-12-29'],
  ]);
  await save(ActivityReport, {
    activityId: inspection.id, authorUserId: null, title: '关于市人大代表集中视察情况的报告',
    content: [
      '2005 年 12 月 27 日至 29 日,区人大常委会组织在区市人大代表对全区 9 个单位进行了集中视察。视察按计划有条不紊地进行,常委会领导带头参加。',
      '视察中代表们集中提出了以下 8 个问题:',
      ...INSPECTION_FINDINGS.map((f, i) => `${i + 1}. ${f.title}`),
      '上述问题已明确责任单位,由常委会监督整改,并以代表建议的形式向市人大十二届三次会议提交。',
    ].join('\n'),
  });
  const attendedCity = (await em.getRepository(ActivityParticipant).findBy({ activityId: inspection.id, status: 'ATTENDED' })).map((p) => p.deputyId).sort((a, b) => a - b);
  const inspectionFindings = await findings(inspection, inspectionStops, INSPECTION_FINDINGS, [demoDeputy, ...attendedCity.filter((d) => d !== demoDeputy).slice(0, 5)]);

  // ---- the district groups' own single-topic activities ---------------------------------------
  const groupActivities: Activity[] = [];
  const industry = await activity({ title: '工业项目建设专题视察', type: 'INSPECTION', scope: 'SINGLE_TOPIC', status: 'COMPLETED', congressId: registry.districtCongressId, organizerGroupId: groupDevelopment, planItemId: districtItems.industry.id, startDate: '2005-04-20', place: '柳河区工业园区' });
  const industryMembers = await membersOf(groupDevelopment);
  await invite(industry, industryMembers, 'GROUP', { leave: 1, absent: 1 });
  const industryStops = await stops(industry, [['compA', '2005-04-20'], ['compB', '2005-04-20']]);
  await save(ActivityReport, { activityId: industry.id, authorUserId: null, title: '关于工业项目建设情况的视察报告', content: '代表小组对园区内两个重点工业项目进行了专题视察,认为项目推进总体顺利,审批周期和用电保障需改进。' });
  await findings(industry, industryStops, [
    { stop: null, unit: 'drc', deadline: '2005-09-30', status: 'RESOLVED', title: '工业项目审批手续办理周期长', description: '项目立项、规划、环评手续串联办理,平均耗时超过半年。', notes: [['RECTIFICATION_CLAIM', '2005-09-10', '实行并联审批,承诺时限压缩至 60 个工作日。', true], ['VERIFICATION_PASSED', '2005-09-28', '抽查 3 个新项目,均在时限内办结。', false]] },
    { stop: 'compB', unit: 'drc', deadline: '2005-12-31', status: 'RECTIFYING', title: '工业园区用电负荷不足', description: '园区变电容量不足,企业高峰期限电。', notes: [['PROGRESS', '2005-11-15', '新建变电站已开工。', true]] },
  ], industryMembers);
  groupActivities.push(industry);

  const park = await activity({ title: '园区基础设施建设专题视察', type: 'INSPECTION', scope: 'SINGLE_TOPIC', status: 'COMPLETED', congressId: registry.districtCongressId, organizerGroupId: groupCG, planItemId: districtItems.park.id, startDate: '2005-06-16', place: '城关街道' });
  const cgMembers = await membersOf(groupCG!);
  await invite(park, cgMembers, 'GROUP', { leave: 2 });
  const parkStops = await stops(park, [['compA', '2005-06-16']]);
  await save(ActivityReport, { activityId: park.id, authorUserId: null, title: '关于园区基础设施建设情况的视察报告', content: '代表小组视察了园区道路、供排水和供电设施,认为排水管网亟待完善。' });
  await findings(park, parkStops, [
    { stop: null, unit: 'housing', deadline: '2005-12-31', status: 'RESOLVED', title: '园区排水管网不完善', description: '园区道路雨污合流,汛期积水。', notes: [['RECTIFICATION_CLAIM', '2005-11-30', '新铺设雨水管网 2.3 公里。', true], ['VERIFICATION_PASSED', '2005-12-20', '代表小组回访确认已完工。', false]] },
  ], cgMembers);
  groupActivities.push(park);

  const community = await activity({ title: '社区服务专题调研', type: 'SURVEY', scope: 'SINGLE_TOPIC', status: 'COMPLETED', congressId: registry.districtCongressId, organizerGroupId: groupDG, planItemId: districtItems.community.id, startDate: '2005-09-22', place: '东关街道' });
  const dgMembers = await membersOf(groupDG!);
  await invite(community, dgMembers, 'GROUP', { leave: 1, absent: 1 });
  const communityStops = await stops(community, [['community', '2005-09-22']]);
  await save(ActivityReport, { activityId: community.id, authorUserId: null, title: '关于社区服务情况的调研报告', content: '社区服务总体较好,幼儿园学位和社区卫生服务站人员不足问题突出。' });
  await findings(community, communityStops, [
    { stop: 'community', unit: 'edu', deadline: '2006-06-30', status: 'RECTIFYING', title: '社区幼儿园学位紧张', description: '新建小区配套幼儿园未移交,适龄儿童入园难。', notes: [['PROGRESS', '2006-02-20', '已与开发企业商定配套幼儿园移交方案。', true]] },
    { stop: 'community', unit: 'health', deadline: '2006-03-31', status: 'INVESTIGATING', title: '社区卫生服务站人员不足', description: '服务站仅有 2 名医生,不能满足居民就医需要。' },
  ], dgMembers);
  groupActivities.push(community);

  // The committee's own: evaluation of state organs' work style, a forum never held (overdue in the plan).
  const evaluation = await activity({ title: '评议区国家机关作风', type: 'ORGAN_EVALUATION', scope: 'SINGLE_TOPIC', status: 'COMPLETED', congressId: registry.districtCongressId, planItemId: districtItems.evaluation.id, startDate: '2005-10-18', place: '区人大常委会会议室' });
  await invite(evaluation, registry.districtDeputyIds.filter((_, i) => i % 7 === 0), 'INDIVIDUAL', { leave: 1 });

  // 2006: the 城关 group's revisit (the demo leader's group), still PLANNED with a draft implementation plan.
  const planned = await activity(
    { title: '社区服务回访视察', type: 'INSPECTION', scope: 'SINGLE_TOPIC', status: 'PLANNED', congressId: registry.districtCongressId, organizerGroupId: groupCG, planItemId: revisit.id, startDate: '2006-02-21', place: '城关街道' },
    { aims: '回访 2005 年社区服务调研发现问题的整改情况。', itinerary: '上午查看社区幼儿园和卫生服务站,下午座谈。', preparation: '会前查阅整改报告。', leaders: ['区人大常委会副主任 刘文华'] },
  );
  await invite(planned, cgMembers, 'GROUP');

  // ---- trainings -------------------------------------------------------------------------------
  const training = async (spec: ActivitySpec, mode: TrainingMode, hours: number, materials: string, deputyIds: number[], via: InvitationSource, quiz?: string) => {
    const a = await activity(spec);
    await invite(a, deputyIds, via, { leave: Math.ceil(deputyIds.length / 25), absent: Math.ceil(deputyIds.length / 40) });
    return save(Training, { activityId: a.id, mode, hours, materials, quizTitle: quiz ?? null, quizMaxScore: quiz ? 100 : null });
  };
  const concentrated = await training(
    { title: '区人大代表集中培训', type: 'TRAINING', scope: 'COMPREHENSIVE', status: 'COMPLETED', congressId: registry.districtCongressId, planItemId: districtItems.training.id, startDate: '2005-02-24', endDate: '2005-02-25', place: '区委党校' },
    'CONCENTRATED', 12, '《中华人民共和国宪法》\n《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》\n人大工作业务知识', registry.districtDeputyIds, 'CONGRESS_LEVEL',
  );
  const meetingBased = await training(
    { title: '以会带训:区十四届人大三次会议代表履职培训', type: 'TRAINING', scope: 'SINGLE_TOPIC', status: 'COMPLETED', congressId: registry.districtCongressId, planItemId: districtItems.meetingTraining.id, startDate: '2005-01-10', place: '区人民会堂' },
    'MEETING_BASED', 3, '代表议案和建议的提出与办理', registry.districtDeputyIds.slice(0, 60), 'CONGRESS_LEVEL',
  );
  const cityQuiz = await training(
    { title: '市人大代表知识答卷', type: 'TRAINING', scope: 'SINGLE_TOPIC', status: 'COMPLETED', congressId: registry.cityCongressId, planItemId: cityItems.quiz.id, startDate: '2005-05-10', endDate: '2005-05-31', place: '网上答卷' },
    'ONLINE', 4, '市人大常委会编印的代表知识题库', registry.cityDeputyIds, 'CONGRESS_LEVEL', '市人大代表履职知识答卷',
  );
  const training2006Row = await training(
    { title: '区人大代表 2006 年集中培训', type: 'TRAINING', scope: 'COMPREHENSIVE', status: 'COMPLETED', congressId: registry.districtCongressId, planItemId: training2006.id, startDate: '2006-03-02', endDate: '2006-03-03', place: '区委党校' },
    'CONCENTRATED', 12, '代表履职有关法律法规\n代表建议的提出与办理', registry.districtDeputyIds, 'CONGRESS_LEVEL', '培训结业测试',
  );
  for (const t of [cityQuiz, training2006Row]) {
    const answered = (await em.getRepository(ActivityParticipant).findBy({ activityId: t.activityId, status: 'ATTENDED' })).map((p) => p.deputyId);
    await saveAll(QuizResult, answered.map((deputyId) => ({ trainingId: t.id, deputyId, score: r.int(140, 200) / 2 })));
  }

  // ---- committee meetings with deputies sitting in ----------------------------------------------
  const meetings: CommitteeMeeting[] = [];
  const agendas: [number, string, string, number[]][] = [
    [15, '2005-03-29', '审议区政府关于农村公路建设情况的报告', registry.districtDeputyIds.slice(10, 15)],
    [17, '2005-06-28', '审议区政府关于 2004 年财政决算的报告', registry.districtDeputyIds.slice(40, 46)],
    [19, '2005-09-27', '听取市人大代表述职;审议教育工作情况报告', registry.cityDeputyIds.slice(8, 14)],
    [21, '2005-12-20', '审议区人大常委会 2006 年工作要点', registry.districtDeputyIds.slice(80, 85)],
  ];
  for (const [number, date, agenda, deputies] of agendas) {
    const m = await save(CommitteeMeeting, { termId: registry.districtTermId, number, title: `区十四届人大常委会第${number}次会议`, meetingDate: date, place: '区人大常委会会议室', agenda });
    meetings.push(m);
    await saveAll(MeetingAttendance, deputies.map((deputyId, i) => ({ meetingId: m.id, deputyId, role: 'SITTING_IN' as const, status: (i === deputies.length - 1 && number % 2 === 1 ? 'ON_LEAVE' : 'ATTENDED') as AttendanceStatus, leaveReason: i === deputies.length - 1 && number % 2 === 1 ? '外出开会' : null })));
  }

  // ---- information for deputies (知情知政) --------------------------------------------------------
  const info = await save(Notice, { kind: 'INFORMATION', activityId: null, sentAt: at('2005-01-25'), sentByUserId: null, title: '区人大常委会 2005 年工作要点', body: '现将区人大常委会 2005 年工作要点印发给各位代表,请结合实际参加常委会组织的各项活动。' });
  await saveAll(NoticeRecipient, [...registry.districtDeputyIds, demoDeputy].filter((d, i, all) => all.indexOf(d) === i).map((deputyId) => ({ noticeId: info.id, deputyId, readAt: r.next() < 0.6 ? at('2005-01-27', '10:00') : null })));

  return {
    inspectionActivityId: inspection.id,
    inspectionFindingIds: inspectionFindings.map((f) => f.id),
    inspectionStopIds: inspectionStops.map((s) => s.id),
    inspectionSuggestionSessionId: registry.citySession3Id,
    cityPlanId: cityPlan.id,
    districtPlanIds: [districtPlan.id, districtPlan2006.id],
    groupActivityIds: groupActivities.map((a) => a.id),
    trainingIds: [concentrated.id, meetingBased.id, cityQuiz.id, training2006Row.id],
    committeeMeetingIds: meetings.map((m) => m.id),
    plannedActivityId: planned.id,
  };
}
