import type { DataSource, EntityManager } from 'typeorm';
import { addDays, type FeedbackVerdict, type HolidayKind, type MeetingStage, type ReplyCategory, type Role, type SuggestionField, type SuggestionKind } from '@luzhi/shared';
import { LoaderRegistry, type Context, type Viewer } from '../common/context';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config';
import { recordAudit } from '../modules/audit/audit.subscriber';
import { User } from '../modules/users/user.entity';
import { Session } from '../modules/registry/congress.entity';
import { Holiday } from '../modules/suggestions/holidays/holiday.entity';
import { Suggestion } from '../modules/suggestions/suggestion.entity';
import { Assignment } from '../modules/suggestions/assignment.entity';
import * as svc from '../modules/suggestions/suggestion.service';
import type { RegistryDemo } from './registry.seed';

/** What later seeds (activities: the 2005 inspection's findings) can link to. */
export interface SuggestionsDemo {
  /** The 8 suggestions from the 2005-12-27..29 inspection, in the order of the visited units. */
  inspectionSuggestionIds: number[];
}

/** The official calendar of 2006 (the demo's year) and 2026: holidays and the weekend days worked instead. */
const HOLIDAYS: [string, string, HolidayKind][] = [
  ['2006-01-01', '元旦', 'HOLIDAY'], ['2006-01-02', '元旦', 'HOLIDAY'], ['2006-01-03', '元旦', 'HOLIDAY'],
  ...['01-29', '01-30', '01-31', '02-01', '02-02', '02-03', '02-04'].map((d) => [`2006-${d}`, '春节', 'HOLIDAY'] as [string, string, HolidayKind]),
  ['2006-01-28', '春节调休上班', 'WORKDAY'], ['2006-02-05', '春节调休上班', 'WORKDAY'],
  ...['05-01', '05-02', '05-03', '05-04', '05-05', '05-06', '05-07'].map((d) => [`2006-${d}`, '劳动节', 'HOLIDAY'] as [string, string, HolidayKind]),
  ['2006-04-29', '劳动节调休上班', 'WORKDAY'], ['2006-04-30', '劳动节调休上班', 'WORKDAY'],
  ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07'].map((d) => [`2006-${d}`, '国庆节', 'HOLIDAY'] as [string, string, HolidayKind]),
  ['2006-09-30', '国庆节调休上班', 'WORKDAY'], ['2006-10-08', '国庆节调休上班', 'WORKDAY'],
  ['2026-01-01', '元旦', 'HOLIDAY'], ['2026-01-02', '元旦', 'HOLIDAY'], ['2026-01-03', '元旦', 'HOLIDAY'], ['2026-01-04', '元旦调休上班', 'WORKDAY'],
  ...['02-15', '02-16', '02-17', '02-18', '02-19', '02-20', '02-21', '02-22', '02-23'].map((d) => [`2026-${d}`, '春节', 'HOLIDAY'] as [string, string, HolidayKind]),
  ['2026-02-14', '春节调休上班', 'WORKDAY'], ['2026-02-28', '春节调休上班', 'WORKDAY'],
  ['2026-04-04', '清明节', 'HOLIDAY'], ['2026-04-05', '清明节', 'HOLIDAY'], ['2026-04-06', '清明节', 'HOLIDAY'],
  ...['05-01', '05-02', '05-03', '05-04', '05-05'].map((d) => [`2026-${d}`, '劳动节', 'HOLIDAY'] as [string, string, HolidayKind]),
  ['2026-05-09', '劳动节调休上班', 'WORKDAY'],
  ['2026-06-19', '端午节', 'HOLIDAY'], ['2026-06-20', '端午节', 'HOLIDAY'], ['2026-06-21', '端午节', 'HOLIDAY'],
  ['2026-09-25', '中秋节', 'HOLIDAY'], ['2026-09-26', '中秋节', 'HOLIDAY'], ['2026-09-27', '中秋节', 'HOLIDAY'],
  ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07'].map((d) => [`2026-${d}`, '国庆节', 'HOLIDAY'] as [string, string, HolidayKind]),
  ['2026-09-20', '国庆节调休上班', 'WORKDAY'], ['2026-10-10', '国庆节调休上班', 'WORKDAY'],
];

/**
 * A step of a suggestion's history, with its day counted from the submission. Handling steps are
 * taken by the unit's clerk when the unit has a demo account (区教育局), otherwise by staff; dated
 * replies and verdicts (2006 paper records: 答复函, 评价表) are entered by staff, as only staff may
 * date them.
 */
type Step =
  | ['register', number]
  | ['assign', number]
  | ['start', number]
  | ['meet', number, MeetingStage]
  | ['view', number]
  | ['reply', number, ReplyCategory]
  | ['rate', number, FeedbackVerdict]
  | ['followUp', number]
  | ['progress', number, boolean]
  | ['close', number];

interface Spec {
  title: string;
  content: string;
  field: SuggestionField;
  kind?: SuggestionKind;
  lead: number;
  coSigners: number[];
  /** A session id, or a recess date in the term. */
  session: number | null;
  submittedOn: string;
  unit?: string;
  coUnits?: string[];
  keySupervision?: boolean;
  source?: 'INSPECTION_FINDING' | 'VOTER_OPINION' | 'SURVEY';
  steps: Step[];
}

/** Registration, assignment three weeks after submission, and the rest of a typical history. */
const T = {
  closedA: (meet = true): Step[] => [['register', 5], ['assign', 20], ...(meet ? [['meet', 35, 'BEFORE'] as Step] : []), ['start', 36], ['reply', 80, 'A'], ['rate', 92, 'SATISFIED'], ['close', 110]],
  followingB: (verdict: FeedbackVerdict = 'BASICALLY_SATISFIED'): Step[] => [['register', 5], ['assign', 20], ['meet', 40, 'DURING'], ['reply', 85, 'B'], ['rate', 95, verdict], ['followUp', 100], ['progress', 160, false]],
  unsatToSat: (first: ReplyCategory, second: ReplyCategory): Step[] => [['register', 5], ['assign', 20], ['reply', 80, first], ['rate', 90, 'UNSATISFIED'], ['meet', 95, 'AFTER'], ['reply', 112, second], ['rate', 120, 'SATISFIED']],
};

function demoContext(em: EntityManager, viewer: Viewer): Context {
  // The seed goes through the same services as the dashboard, inside the seed's one transaction.
  const db = { transaction: <T>(fn: (m: EntityManager) => Promise<T>) => fn(em), getRepository: em.getRepository.bind(em), query: em.query.bind(em), manager: em } as unknown as DataSource;
  return { requestId: 'seed', lang: 'zh-CN', ip: null, userAgent: null, viewer, sessionProblem: null, db, config: loadConfig({}), loaders: new LoaderRegistry(), log: createLogger('silent'), servedBy: 'primary' };
}

export async function seedSuggestions(em: EntityManager, registry: RegistryDemo): Promise<SuggestionsDemo> {
  await em.getRepository(Holiday).save(HOLIDAYS.map(([date, name, kind]) => em.getRepository(Holiday).create({ date, name, kind })));

  const users = await em.getRepository(User).find();
  const userNamed = (username: string) => users.find((u) => u.username === username);
  const viewerOf = (u: User | undefined, role: Role, scope: Partial<Viewer> = {}): Viewer => ({
    id: u?.id ?? 0, username: u?.username ?? 'system', displayName: u?.displayName ?? '系统', role, scopeOrganizationId: null, scopeDeputyId: null, scopeGroupId: null, sessionId: 0, lastWriteLsn: null, ...scope,
  });
  const staffUser = userNamed('staff');
  const unitUser = userNamed('unit');
  const deputyUser = userNamed('deputy');
  const staff = demoContext(em, viewerOf(staffUser, 'STAFF'));
  const eduClerk = unitUser ? demoContext(em, viewerOf(unitUser, 'HANDLING_UNIT', { scopeOrganizationId: unitUser.scopeOrganizationId })) : staff;
  const demoDeputy = deputyUser ? demoContext(em, viewerOf(deputyUser, 'DEPUTY', { scopeDeputyId: deputyUser.scopeDeputyId })) : null;

  const { org } = registry;
  const city = registry.cityDeputyIds;
  const district = registry.districtDeputyIds;
  const d = (i: number) => district[i % district.length]!;
  const [ds3, ds4] = [registry.districtSessionIds[2]!, registry.districtSessionIds[3]!];
  const [ds3Date, ds4Date, cs3Date] = ['2005-01-10', '2006-01-09', '2006-01-10'];

  const inspection: Spec[] = ([
    {
      title: '关于优化企业外部环境的建议', field: 'ECONOMY_FINANCE', lead: city[0]!, coSigners: [city[1]!, city[2]!, city[3]!, city[16]!, city[17]!],
      content: '视察中,恒达机械有限公司、宏远建材有限公司反映涉企检查多、收费项目多、审批环节多,企业周边道路和用电等配套设施滞后。建议清理规范涉企收费和检查,推行联合审批,改善园区道路、供电等配套条件,为企业发展创造宽松的外部环境。',
      unit: 'drc', coUnits: ['market', 'finance'], keySupervision: true, steps: T.closedA(),
    },
    {
      title: '关于加强饲料质量安全监管、支持饲料企业技术改造的建议', field: 'AGRICULTURE', lead: city[4]!, coSigners: [city[5]!, city[18]!],
      content: '丰禾饲料有限公司反映市场上存在无证生产、以次充好的饲料,正规企业受到冲击;企业技术改造资金不足。建议加强饲料生产经营许可和抽检,严厉打击假劣饲料,对技术改造项目给予贴息支持。',
      unit: 'agri', coUnits: ['market'], steps: T.followingB('SATISFIED'),
    },
    {
      title: '关于改善柳河火车站站前交通秩序和候车环境的建议', field: 'URBAN_CONSTRUCTION', lead: city[6]!, coSigners: [city[7]!, city[19]!, city[20]!],
      content: '柳河火车站站前广场出租车、三轮车乱停乱放,旅客进出站不便;候车室面积小,春运期间拥挤。建议划定站前停车区域、加强秩序管理,扩建候车室并增设无障碍设施。',
      unit: 'cityRailway', coUnits: ['transport'], steps: [...T.unsatToSat('C', 'B'), ['followUp', 125], ['progress', 200, true], ['close', 210]],
    },
    {
      title: '关于改善城关第一小学校舍条件和周边交通安全的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: city[8]!, coSigners: [city[9]!, city[21]!],
      content: '城关第一小学部分校舍建于上世纪七十年代,存在安全隐患;学校门前道路车流量大,上下学时段学生安全压力大。建议将危房改造列入年度计划,在校门口设置减速带、人行横道和护学岗。',
      unit: 'edu', coUnits: ['transport'], steps: T.closedA(),
    },
    {
      title: '关于充实基层派出所警力、改善办案条件的建议', field: 'INTERNAL_AFFAIRS_JUSTICE', lead: city[10]!, coSigners: [city[11]!, city[22]!, city[23]!],
      content: '市公安局柳河分局反映辖区人口增长快,派出所警力不足,办案用房和装备陈旧。建议按辖区人口比例核增警力编制,安排专项资金改善派出所办案用房和装备。',
      unit: 'police', coUnits: ['finance'], steps: [['register', 5], ['assign', 20], ['reply', 85, 'C'], ['rate', 96, 'BASICALLY_SATISFIED']],
    },
    {
      title: '关于加强服刑人员职业技能培训和刑满释放人员安置帮教的建议', field: 'INTERNAL_AFFAIRS_JUSTICE', lead: city[12]!, coSigners: [city[13]!, city[24]!],
      content: '市第二监狱开展了服刑人员职业技能培训,但培训项目与就业市场衔接不够,刑满释放人员就业难、重新违法风险高。建议监狱与人社部门合作开展订单式培训,完善刑满释放人员安置帮教衔接机制。',
      unit: 'prison', coUnits: ['hr'], steps: [['register', 5], ['assign', 20], ['meet', 30, 'BEFORE'], ['reply', 88, 'B'], ['rate', 99, 'SATISFIED'], ['followUp', 104]],
    },
    {
      title: '关于加强社区服务设施建设、保障社区办公经费的建议', field: 'SOCIAL_DEVELOPMENT', lead: city[14]!, coSigners: [city[15]!, city[25]!, city[26]!],
      content: '东关街道幸福社区办公和活动用房不足百平方米,居民活动场所缺乏,社区工作经费不足。建议按居民户数配置社区服务用房,将社区办公经费纳入区财政预算并建立增长机制。',
      unit: 'civil', coUnits: ['finance'], steps: [['register', 5], ['assign', 20], ['reply', 75, 'D'], ['rate', 85, 'SATISFIED'], ['close', 100]],
    },
    {
      title: '关于加快石桥乡农村道路和安全饮水工程建设的建议', field: 'AGRICULTURE', lead: city[27]!, coSigners: [city[28]!, city[29]!],
      content: '石桥乡部分村道路未硬化,雨天出行困难;部分村饮用水氟含量超标。建议将石桥乡村道硬化和农村安全饮水工程列入今年建设计划,加快实施。',
      unit: 'township', coUnits: ['transport', 'agri'], steps: [['register', 5], ['assign', 20], ['start', 30], ['reply', 110, 'A'], ['rate', 120, 'SATISFIED'], ['close', 130]],
    },
  ] satisfies Omit<Spec, 'session' | 'submittedOn'>[]).map((s) => ({ ...s, session: registry.citySession3Id, submittedOn: cs3Date, source: 'INSPECTION_FINDING' as const }));

  const me = district[0]!;
  const districtSpecs: Spec[] = [
    // 区教育局 (the demo unit): one item in each state it meets.
    { title: '关于解决城关街道适龄儿童入学难问题的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: me, coSigners: [d(1), d(2), d(3)], session: ds4, submittedOn: ds4Date, unit: 'edu', coUnits: ['housing'], source: 'VOTER_OPINION',
      content: '城关街道近年新建住宅小区多,适龄儿童增加,辖区小学班额普遍超过 55 人,部分儿童只能跨区就读。建议新建一所小学,近期通过挖潜扩班缓解入学压力。',
      steps: [['register', 5], ['assign', 20], ['meet', 30, 'BEFORE'], ['start', 31], ['reply', 80, 'B']] },
    { title: '关于配齐农村小学体育、美术教师的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: me, coSigners: [d(4), d(5)], session: null, submittedOn: '2006-03-15', unit: 'edu',
      content: '柳河乡、石桥乡的村小普遍没有专职体育、美术教师,课程开不齐。建议通过定向招聘、城区教师走教等方式配齐农村小学音体美教师。',
      steps: [['register', 3], ['assign', 10], ['reply', 70, 'A']] },
    { title: '关于加强中小学校园周边交通安全管理的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: d(5), coSigners: [d(6), d(7)], session: ds4, submittedOn: ds4Date, unit: 'edu', coUnits: ['transport'],
      content: '部分中小学校门口没有交通标志和减速设施,上下学时段车辆拥堵,存在安全隐患。建议在校园周边设置警示标志、减速带,上下学时段安排交警和护学岗。',
      steps: [['register', 5], ['assign', 20]] },
    { title: '关于提高乡村教师待遇、稳定农村教师队伍的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: d(20), coSigners: [d(21), d(22), d(23)], session: ds4, submittedOn: ds4Date, unit: 'edu', coUnits: ['finance', 'hr'],
      content: '农村学校教师待遇偏低、交通不便,年轻教师留不住。建议设立乡村教师生活补助,在职称评聘上向农村教师倾斜,建设教师周转宿舍。',
      steps: [['register', 5], ['assign', 20], ['start', 25], ['meet', 40, 'DURING'], ['view', 45]] },
    { title: '关于规范校外培训机构收费的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: d(30), coSigners: [d(31), d(32)], session: ds3, submittedOn: ds3Date, unit: 'edu', coUnits: ['market'],
      content: '部分校外培训机构一次性预收一年以上学费,退费难,个别机构卷款停业。建议建立培训机构预收费监管制度,加强日常检查。',
      steps: [['register', 5], ['assign', 20], ['reply', 85, 'C'], ['rate', 95, 'UNSATISFIED']] },
    { title: '关于改善农村学校食堂条件的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: d(40), coSigners: [d(41), d(42)], session: ds3, submittedOn: ds3Date, unit: 'edu',
      content: '部分农村寄宿制学校食堂设施简陋,卫生条件差。建议安排专项资金改造农村学校食堂,配备必要的消毒和冷藏设备。', steps: T.closedA() },
    { title: '关于增加城区幼儿园学位的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: d(3), coSigners: [d(8), d(9)], session: ds3, submittedOn: ds3Date, unit: 'edu', coUnits: ['housing'],
      content: '城区公办幼儿园学位紧缺,入园难、入园贵问题突出。建议新建、改扩建一批公办幼儿园,新建小区按规定配套建设幼儿园。', steps: T.followingB() },
    { title: '关于加强中小学生心理健康教育的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: d(12), coSigners: [d(13)], session: null, submittedOn: '2005-06-20', unit: 'edu',
      content: '中小学生心理问题日益增多,多数学校没有专职心理教师。建议逐步配备专兼职心理健康教师,开设心理健康课程。',
      steps: [['register', 3], ['assign', 12], ['reply', 70, 'D'], ['rate', 80, 'SATISFIED']] },
    // Other units.
    { title: '关于加强社区卫生服务中心建设的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: d(8), coSigners: [d(10), d(11)], session: ds3, submittedOn: ds3Date, unit: 'health',
      content: '部分街道社区卫生服务中心用房不足、设备简陋,群众小病也要去大医院。建议加大投入,按标准建设社区卫生服务中心。', steps: T.closedA() },
    { title: '关于缓解群众看病难、看病贵问题的建议', field: 'EDUCATION_SCIENCE_CULTURE_HEALTH', lead: d(15), coSigners: [d(16), d(17), d(18)], session: ds4, submittedOn: ds4Date, unit: 'health', coUnits: ['finance'],
      content: '区医院门诊排队时间长,部分药品价格偏高。建议推行预约诊疗,规范药品采购,扩大新型农村合作医疗报销范围。', steps: [...T.unsatToSat('B', 'A'), ['close', 140]] },
    { title: '关于加快老旧小区改造的建议', field: 'URBAN_CONSTRUCTION', lead: d(25), coSigners: [d(26), d(27)], session: ds3, submittedOn: ds3Date, unit: 'housing', coUnits: ['finance'],
      content: '西关街道一批上世纪八十年代建成的小区管网老化、无物业管理。建议分批实施老旧小区改造,同步建立长效管理机制。',
      steps: [['register', 5], ['assign', 20], ['meet', 30, 'BEFORE'], ['reply', 85, 'B'], ['rate', 95, 'BASICALLY_SATISFIED'], ['followUp', 100], ['progress', 180, false], ['progress', 300, true], ['close', 310]] },
    { title: '关于解决东关街道雨季积水问题的建议', field: 'URBAN_CONSTRUCTION', lead: d(33), coSigners: [d(34)], session: ds4, submittedOn: ds4Date, unit: 'housing',
      content: '东关街道部分路段排水管径偏小,雨季积水严重,影响居民出行。建议对该片区排水管网进行改造。',
      steps: [['register', 5], ['assign', 20], ['reply', 80, 'C'], ['rate', 90, 'BASICALLY_SATISFIED']] },
    { title: '关于增开城区至柳河乡公交线路的建议', field: 'URBAN_CONSTRUCTION', lead: d(45), coSigners: [d(46), d(47)], session: ds4, submittedOn: ds4Date, unit: 'transport',
      content: '柳河乡群众进城只能乘坐个体中巴,班次少、安全隐患大。建议开通城区至柳河乡的公交线路。',
      steps: [['register', 5], ['assign', 20], ['reply', 120, 'A'], ['rate', 130, 'SATISFIED'], ['close', 140]] },
    { title: '关于整治城区停车难问题的建议', field: 'URBAN_CONSTRUCTION', lead: d(50), coSigners: [d(51)], session: null, submittedOn: '2006-05-18', unit: 'transport',
      content: '城区停车位严重不足,车辆占道停放,影响交通。建议规划建设公共停车场,规范路内停车。', steps: [['register', 5]] },
    { title: '关于扶持石桥乡特色种植业发展的建议', field: 'AGRICULTURE', lead: d(60), coSigners: [d(61), d(62)], session: ds3, submittedOn: ds3Date, unit: 'agri',
      content: '石桥乡发展大棚蔬菜有基础,但缺少技术指导和冷链设施。建议给予大棚建设补贴,组织技术培训,建设产地冷库。', steps: T.followingB('SATISFIED') },
    { title: '关于加强农村饮水安全工程管护的建议', field: 'AGRICULTURE', lead: d(70), coSigners: [d(71)], session: ds4, submittedOn: ds4Date, unit: 'agri', coUnits: ['health'],
      content: '部分村饮水工程建成后无人管护,设备损坏后长期停用。建议明确管护主体和经费来源,建立水质定期检测制度。',
      steps: [['register', 5], ['assign', 20], ['reply', 80, 'A'], ['rate', 90, 'UNSATISFIED'], ['reply', 110, 'A'], ['rate', 118, 'BASICALLY_SATISFIED'], ['close', 130]] },
    { title: '关于加大对小微企业融资支持的建议', field: 'ECONOMY_FINANCE', lead: d(80), coSigners: [d(81), d(82)], session: ds4, submittedOn: ds4Date, unit: 'finance', coUnits: ['drc'],
      content: '小微企业普遍贷款难、担保难。建议设立区级中小企业担保基金,对小微企业贷款给予贴息。',
      steps: [['register', 5], ['assign', 20], ['reply', 85, 'D'], ['rate', 95, 'UNSATISFIED']] },
    { title: '关于优化营商环境、精简行政审批的建议', field: 'ECONOMY_FINANCE', lead: d(90), coSigners: [d(91), d(92), d(93)], session: ds3, submittedOn: ds3Date, unit: 'drc', coUnits: ['market'],
      content: '企业办事需要跑多个部门,审批时限长。建议设立行政服务中心,推行一站式办理,压缩审批时限。', steps: T.closedA(false) },
    { title: '关于完善城市低保动态管理的建议', field: 'SOCIAL_DEVELOPMENT', lead: d(100), coSigners: [d(101)], session: ds4, submittedOn: ds4Date, unit: 'civil',
      content: '低保对象家庭收入变化后不能及时调整,存在应保未保、应退未退。建议建立低保对象定期复核和公示制度。', steps: [['register', 5], ['assign', 20], ['start', 26]] },
    { title: '关于建设社区居家养老服务中心的建议', field: 'SOCIAL_DEVELOPMENT', lead: d(110), coSigners: [d(111), d(112)], session: null, submittedOn: '2005-07-12', unit: 'civil', coUnits: ['health'],
      content: '辖区老龄化程度高,空巢老人多。建议在每个街道建设居家养老服务中心,提供助餐、助医等服务。', steps: T.followingB('SATISFIED') },
    { title: '关于治理柳河水体污染的建议', field: 'URBAN_CONSTRUCTION', lead: d(120), coSigners: [d(121), d(122)], session: ds4, submittedOn: ds4Date, source: 'SURVEY',
      content: '柳河城区段有生活污水直排,夏季水体发黑发臭。建议加快截污管网建设,建设污水处理厂。', steps: [] },
    { title: '关于加强农贸市场食品安全监管的建议', field: 'SOCIAL_DEVELOPMENT', lead: d(130), coSigners: [d(131)], session: ds4, submittedOn: ds4Date, unit: 'market', keySupervision: true,
      content: '农贸市场蔬菜农药残留检测覆盖不全,熟食摊点卫生条件差。建议在农贸市场设立快速检测室,加强日常监管。',
      steps: [['register', 5], ['assign', 20], ['reply', 82, 'B']] },
    { title: '关于加强农民工工资支付保障的建议', field: 'INTERNAL_AFFAIRS_JUSTICE', lead: d(7), coSigners: [d(9), d(10)], session: ds4, submittedOn: ds4Date, unit: 'hr',
      content: '建筑领域拖欠农民工工资问题时有发生。建议推行工资保证金制度,建立欠薪应急周转金。', steps: T.closedA() },
    // Motions: one short of signers (handled as a suggestion), one with enough.
    { title: '关于制定柳河区养犬管理规定的议案', kind: 'MOTION', field: 'INTERNAL_AFFAIRS_JUSTICE', lead: d(140), coSigners: [d(141), d(142), d(143), d(144)], session: ds4, submittedOn: ds4Date, unit: 'police',
      content: '城区养犬数量增多,犬只伤人、扰民事件增加。建议制定养犬管理规定,实行养犬登记和限养。', steps: [['register', 5], ['assign', 20], ['reply', 85, 'B']] },
    { title: '关于加强柳河流域生态保护的议案', kind: 'MOTION', field: 'URBAN_CONSTRUCTION', lead: d(60), coSigners: Array.from({ length: 11 }, (_, i) => d(61 + i)), session: ds4, submittedOn: ds4Date,
      content: '柳河是全区的母亲河,近年来水质下降、河道被侵占。建议由区人大常委会作出决议,划定河道管理范围,建立河道保护责任制。', steps: [['register', 5]] },
  ];

  const out: SuggestionsDemo = { inspectionSuggestionIds: [] };
  // The services write "now"; the demo's history happened on the day of each step. Everything
  // written since this transaction began (now() is its start) is re-dated to the step's day.
  const [{ t: txStart }] = await em.query(`SELECT now() AS t`);
  const stamp = async (id: number, date: string) => {
    const at = `${date}T10:00:00+08:00`;
    await em.query(`UPDATE suggestion_event SET at = $2 WHERE suggestion_id = $1 AND at >= $3`, [id, at, txStart]);
    await em.query(`UPDATE suggestion SET
        submitted_at = CASE WHEN submitted_at >= $3 THEN $2::timestamptz ELSE submitted_at END,
        registered_at = CASE WHEN registered_at >= $3 THEN $2::timestamptz ELSE registered_at END,
        closed_at = CASE WHEN closed_at >= $3 THEN $2::timestamptz ELSE closed_at END
      WHERE id = $1`, [id, at, txStart]);
  };

  for (const [index, spec] of [...inspection, ...districtSpecs].entries()) {
    const byDemoDeputy = spec.lead === me && demoDeputy;
    const submitter = byDemoDeputy ? demoDeputy : staff;
    let s: Suggestion = await svc.createSuggestion(submitter, {
      kind: spec.kind ?? 'SUGGESTION', title: spec.title, content: spec.content, field: spec.field, sessionId: spec.session ? String(spec.session) : null,
      termId: String(spec.session ? (await em.getRepository(Session).findOneByOrFail({ id: spec.session })).termId : registry.districtTermId),
      leadDeputyId: String(spec.lead), coSignerIds: spec.coSigners.filter((c) => c !== spec.lead).map(String), sourceKind: spec.source ?? null, sourceId: null, submit: true,
    });
    await stamp(s.id, spec.submittedOn);
    const unitCtx = spec.unit === 'edu' ? eduClerk : staff;
    for (const step of spec.steps) {
      const on = addDays(spec.submittedOn, step[1]);
      const version = (await em.getRepository(Suggestion).findOneByOrFail({ id: s.id })).version;
      switch (step[0]) {
        case 'register': s = await svc.registerSuggestion(staff, s.id, version, spec.keySupervision ?? false); break;
        case 'assign': s = await svc.assignSuggestion(staff, s.id, { version, leadUnitId: String(org[spec.unit!]), coUnitIds: (spec.coUnits ?? []).map((k) => String(org[k])), assignedOn: on }); break;
        case 'start': s = await svc.startHandling(unitCtx, s.id, version); break;
        case 'meet': await svc.recordMeeting(unitCtx, s.id, { stage: step[2], meetingDate: on, participants: '领衔代表、承办单位分管领导及经办人', notes: '面商办理思路,听取代表意见' }); break;
        case 'view': {
          const co = await em.getRepository(Assignment).findOneByOrFail({ suggestionId: s.id, role: 'CO', organizationId: org[spec.coUnits![0]!]! });
          await svc.sendCoUnitView(staff, co.id, '本单位同意主办单位的办理方案,将在职责范围内配合做好经费和政策保障。');
          break;
        }
        case 'reply': {
          const needs = step[2] === 'B' || step[2] === 'C';
          // Dated replies and verdicts are paper records of 2006, entered by staff.
          s = await svc.replySuggestion(staff, s.id, {
            version, category: step[2], content: REPLY_TEXT[step[2]], repliedOn: on, attachmentIds: [],
            commitments: needs ? [{ content: step[2] === 'B' ? '列入年度工作计划,年底前完成' : '待条件具备时纳入规划实施', dueDate: addDays(on, step[2] === 'B' ? 180 : 540) }] : [],
          });
          break;
        }
        case 'rate': s = await svc.giveFeedback(staff, s.id, { version, verdict: step[2], comment: VERDICT_TEXT[step[2]], givenOn: on }); break;
        case 'followUp': s = await svc.followUpSuggestion(staff, s.id, version, '转入跟踪落实'); break;
        case 'progress': await svc.addProgress(unitCtx, s.id, { content: step[2] ? '承诺事项已全部完成,问题已解决。' : '项目已立项,正在推进。', solved: step[2], entryDate: on }); break;
        case 'close': s = await svc.closeSuggestion(staff, s.id, version, '办理完毕'); break;
      }
      await stamp(s.id, on);
    }
    if (index < inspection.length) out.inspectionSuggestionIds.push(s.id);
  }

  // A draft the demo deputy is still writing.
  if (demoDeputy) {
    const draft = await svc.createSuggestion(demoDeputy, {
      kind: 'SUGGESTION', title: '关于在城关街道增设便民自行车停放点的建议', content: '城关街道商业区自行车无处停放,占用人行道。建议在主要路口增设自行车停放点。',
      field: 'URBAN_CONSTRUCTION', sessionId: null, termId: String(registry.districtTermId), leadDeputyId: null, coSignerIds: [], sourceKind: null, sourceId: null, submit: false,
    });
    await stamp(draft.id, '2006-06-01');
  }
  await recordAudit(em.queryRunner!, { action: 'UPDATE', entity: 'SuggestionEvent', entityId: null, before: null, after: { note: 'demo history dated to its steps', since: new Date(txStart).toISOString() } });
  return out;
}

const REPLY_TEXT: Record<ReplyCategory, string> = {
  A: '经研究,代表所提问题已列入今年工作并已解决。具体情况如下:一是……;二是……。感谢代表对我们工作的关心和支持。',
  B: '代表所提建议很有针对性。我单位已将此项工作列入年度计划,正在组织实施,预计年底前完成。',
  C: '代表所提建议符合实际,但受资金和规划条件限制,目前尚难以实施,待条件具备时纳入规划逐步解决。',
  D: '代表所提建议对改进工作很有参考价值,我们将在今后的工作中认真研究借鉴。',
};

const VERDICT_TEXT: Record<FeedbackVerdict, string> = {
  SATISFIED: '承办单位态度认真,问题得到解决。',
  BASICALLY_SATISFIED: '基本满意,希望抓紧落实承诺事项。',
  UNSATISFIED: '答复内容空泛,没有提出具体措施,请重新办理。',
};
