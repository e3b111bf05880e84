import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Between } from 'typeorm';
import {
  actionsFor, can, CATEGORIES_WITH_COMMITMENTS, CONGRESS_LEVELS, formatMessage, PERMISSIONS as P, SUGGESTION_OPEN_HANDLING_STATUSES,
  type SuggestionAction, type SuggestionDimension,
} from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { badInput, conflict, notFound } from '../../common/errors';
import { byId, loadById } from '../../common/loaders';
import { PageArgs, toId } from '../../common/pagination';
import { Attachment } from '../files/attachment.entity';
import { registerAttachmentAccess } from '../files/attachment.service';
import { Session, Term } from '../registry/congress.entity';
import { Organization } from '../registry/organization.entity';
import { Deputy } from '../deputies/deputy.entity';
import { assertVersion } from '../../common/records';
import { Assignment, CoUnitView, HandlingMeeting } from './assignment.entity';
import { Holiday } from './holidays/holiday.entity';
import { Commitment, Feedback, ProgressEntry, Reply } from './reply.entity';
import { Suggestion, SuggestionEvent } from './suggestion.entity';
import { SuggestionActionEnum, SuggestionDimensionEnum } from './suggestion.enums';
import { suggestionError } from './suggestion.errors';
import { exportRegister, exportUnitResults } from './suggestion.export';
import {
  AssignmentFilter, AssignmentRequestInput, AssignSuggestionInput, CreateSuggestionInput, DecideExtensionInput, DecideReturnInput, FeedbackInput,
  HolidayInput, MeetingInput, ProgressInput, ReplyInput, SuggestionFilter, SuggestionRulesInput, SuggestionSort, SuggestionStatsFilter,
  UpdateSuggestionInput,
} from './suggestion.inputs';
import { suggestionLoaders as L } from './suggestion.loaders';
import { getSuggestionRules, putSuggestionRules, today, validDate } from './suggestion.rules';
import {
  addProgress, assignSuggestion, closeSuggestion, commitmentsComingDue, createSuggestion, decideExtension, decideReturn, followUpSuggestion,
  getSuggestion, giveFeedback, listAssignments, listSuggestions, reassignSuggestion, recordMeeting, registerSuggestion, replySuggestion,
  REPLY_ATTACHMENT, requestExtension, requestReturn, sendCoUnitView, setKeySupervision, startHandling, submitSuggestion, updateSuggestion,
  visibleSuggestionIds,
} from './suggestion.service';
import { duplicatesLoader, similarSuggestions } from './suggestion.similar';
import { suggestionStats } from './suggestion.stats';
import {
  AssignmentConnection, DeputyOption, ExportFile, SimilarSuggestion, SuggestionConnection, SuggestionRulesView, SuggestionStatsRow,
} from './suggestion.types';

// A reply's attachments are served to whoever may see its suggestion.
registerAttachmentAccess(REPLY_ATTACHMENT, async (ctx, ownerId) => {
  const reply = await ctx.db.getRepository(Reply).findOneBy({ id: ownerId });
  return !!reply && (await visibleSuggestionIds(ctx, [reply.suggestionId])).has(reply.suggestionId);
});

const rulesView = (r: Awaited<ReturnType<typeof getSuggestionRules>>): SuggestionRulesView => ({
  ...r, motionMinSigners: CONGRESS_LEVELS.map((level) => ({ level, signers: r.motionMinSigners[level] })),
});

@Resolver()
export class SuggestionResolver {
  @Allow(P.SUGGESTION_READ)
  @Query(() => SuggestionConnection, { description: '建议列表(按身份限定范围)/ Suggestions, within the viewer\'s scope' })
  suggestions(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SuggestionFilter, { nullable: true, description: '筛选 / Filter' }) filter?: SuggestionFilter,
    @Arg('sort', () => SuggestionSort, { nullable: true, description: '排序 / Order' }) sort?: SuggestionSort,
  ) {
    return listSuggestions(ctx, filter, sort, page);
  }

  @Allow(P.SUGGESTION_READ)
  @Query(() => Suggestion, { description: '一件建议 / One suggestion' })
  suggestion(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string): Promise<Suggestion> {
    return getSuggestion(ctx, toId(id));
  }

  @Allow(P.SUGGESTION_HANDLE, P.SUGGESTION_MANAGE)
  @Query(() => AssignmentConnection, { description: '交办件:承办单位的收件箱(工作人员可看全部)/ Assignments: a unit\'s inbox (staff see all)' })
  suggestionAssignments(
    @Ctx() ctx: Context,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AssignmentFilter, { nullable: true, description: '筛选 / Filter' }) filter?: AssignmentFilter,
  ) {
    return listAssignments(ctx, filter, page);
  }

  @Allow(P.SUGGESTION_SUBMIT, P.SUGGESTION_MANAGE)
  @Query(() => [SimilarSuggestion], { description: '可能重复的建议(本次及以前会议)/ Possible duplicates in the same and earlier sessions' })
  similarSuggestions(
    @Ctx() ctx: Context,
    @Arg('title', () => String, { description: '标题 / Title' }) title: string,
    @Arg('content', () => String, { nullable: true, description: '内容 / Content' }) content?: string,
    @Arg('sessionId', () => ID, { nullable: true, description: '会议(大会期间)/ Session, in session' }) sessionId?: string,
    @Arg('termId', () => ID, { nullable: true, description: '届(闭会期间)/ Term, in recess' }) termId?: string,
    @Arg('excludeId', () => ID, { nullable: true, description: '排除的建议(修改时为其本身)/ A suggestion to leave out (itself, when editing)' }) excludeId?: string,
  ): Promise<SimilarSuggestion[]> {
    if (!sessionId && !termId) throw suggestionError('suggestion.termRequired');
    return similarSuggestions(ctx, { title: title.slice(0, 200), content: content?.slice(0, 5000), sessionId, termId, excludeId });
  }

  @Allow(P.SUGGESTION_SUBMIT, P.SUGGESTION_MANAGE)
  @Query(() => [DeputyOption], { description: '选择领衔、附议代表:在该届有代表资格的代表,按姓名或拼音 / Deputies with a mandate in the term, by name or pinyin, to pick as lead or co-signers' })
  async suggestionDeputyOptions(
    @Ctx() ctx: Context,
    @Arg('termId', () => ID, { description: '届 / Term' }) termId: string,
    @Arg('search', () => String, { nullable: true, description: '姓名、全拼或首字母 / Name, pinyin or initials' }) search?: string,
  ): Promise<DeputyOption[]> {
    const s = (search ?? '').trim().toLowerCase().slice(0, 50);
    const rows: { id: number; name: string; work_unit: string | null }[] = await ctx.db.query(
      `SELECT d.id, d.name, d.work_unit FROM deputy d JOIN mandate m ON m.deputy_id = d.id AND m.term_id = $1 AND m.end_date IS NULL
       WHERE $2 = '' OR d.name LIKE '%' || $2 || '%' OR d.name_pinyin LIKE $2 || '%' OR d.name_initials LIKE $2 || '%'
       ORDER BY d.name_pinyin, d.id LIMIT 30`,
      [toId(termId, 'termId'), s.replace(/[\\%_]/g, '')],
    );
    return rows.map((r) => ({ id: String(r.id), name: r.name, workUnit: r.work_unit }));
  }

  @Allow(P.SUGGESTION_HANDLE, P.SUGGESTION_MANAGE)
  @Query(() => [Commitment], { description: '临期或逾期未完成的承诺事项(本单位或全部)/ Open commitments coming due or overdue: the unit\'s own, or all for staff' })
  commitmentsDue(@Ctx() ctx: Context, @Arg('withinDays', () => Int, { nullable: true, description: '天数(默认按规则)/ Days ahead (default: the rule)' }) withinDays?: number): Promise<Commitment[]> {
    return commitmentsComingDue(ctx, withinDays);
  }

  @Allow(P.STATS_READ)
  @Query(() => [SuggestionStatsRow], { description: '建议办理统计(一条 SQL 计算)/ Suggestion measures by the given dimensions, computed in one SQL statement' })
  suggestionStats(
    @Ctx() ctx: Context,
    @Arg('groupBy', () => [SuggestionDimensionEnum], { description: '分组维度(可为空:总计)/ Dimensions; empty for the total' }) groupBy: SuggestionDimension[],
    @Arg('filter', () => SuggestionStatsFilter, { nullable: true, description: '筛选 / Filter' }) filter?: SuggestionStatsFilter,
    @Arg('limit', () => Int, { nullable: true, description: '最多返回行数(默认 5000,最多 20000);超过则报错而不截断 / Most rows to return (default 5,000, at most 20,000); more is an error, never a cut-short answer' }) limit?: number,
  ) {
    if (groupBy.length > 3) throw badInput('common.invalidInput', { details: 'groupBy: at most 3 dimensions' });
    return suggestionStats(ctx, groupBy, filter, limit ?? undefined);
  }

  @Allow(P.SUGGESTION_READ)
  @Query(() => ExportFile, { description: '导出建议汇总表(.xlsx,按身份限定范围)/ The register as .xlsx, within the viewer\'s scope' })
  exportSuggestionRegister(@Ctx() ctx: Context, @Arg('filter', () => SuggestionFilter, { nullable: true, description: '筛选 / Filter' }) filter?: SuggestionFilter): Promise<ExportFile> {
    return exportRegister(ctx, filter);
  }

  @Allow(P.STATS_READ)
  @Query(() => ExportFile, { description: '导出各承办单位办理结果(.xlsx)/ Each unit\'s results as .xlsx' })
  exportSuggestionUnitResults(@Ctx() ctx: Context, @Arg('filter', () => SuggestionStatsFilter, { nullable: true, description: '筛选 / Filter' }) filter?: SuggestionStatsFilter): Promise<ExportFile> {
    return exportUnitResults(ctx, filter);
  }

  @Allow(P.SUGGESTION_READ)
  @Query(() => SuggestionRulesView, { description: '建议办理规则 / The handling rules in force' })
  async suggestionRules(@Ctx() ctx: Context): Promise<SuggestionRulesView> {
    return rulesView(await getSuggestionRules(ctx.db.manager));
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => SuggestionRulesView, { description: '修改建议办理规则 / Change the handling rules' })
  async updateSuggestionRules(@Ctx() ctx: Context, @Arg('input', () => SuggestionRulesInput, { description: '输入 / Input' }) input: SuggestionRulesInput): Promise<SuggestionRulesView> {
    const { motionMinSignersTownship, motionMinSignersCounty, motionMinSignersCity, motionMinSignersProvince, motionMinSignersNational, ...rest } = input;
    return ctx.db.transaction(async (em) => {
      const current = await getSuggestionRules(em);
      const signers = { TOWNSHIP: motionMinSignersTownship, COUNTY: motionMinSignersCounty, CITY: motionMinSignersCity, PROVINCE: motionMinSignersProvince, NATIONAL: motionMinSignersNational };
      const motionMinSigners = { ...current.motionMinSigners };
      for (const [level, n] of Object.entries(signers)) if (n != null) motionMinSigners[level as keyof typeof signers] = n;
      return rulesView(await putSuggestionRules(em, { ...rest, motionMinSigners }));
    });
  }

  @Allow(P.SUGGESTION_SUBMIT, P.SUGGESTION_MANAGE)
  @Mutation(() => Suggestion, { description: '提出建议(或存为草稿)/ Submit a suggestion or motion (or keep it as a draft)' })
  createSuggestion(@Ctx() ctx: Context, @Arg('input', () => CreateSuggestionInput, { description: '输入 / Input' }) input: CreateSuggestionInput) {
    return createSuggestion(ctx, input);
  }

  @Allow(P.SUGGESTION_SUBMIT, P.SUGGESTION_MANAGE)
  @Mutation(() => Suggestion, { description: '修改建议(登记前)/ Change a suggestion before it is registered' })
  updateSuggestion(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('input', () => UpdateSuggestionInput, { description: '输入 / Input' }) input: UpdateSuggestionInput) {
    return updateSuggestion(ctx, toId(id), input);
  }

  @Allow(P.SUGGESTION_SUBMIT)
  @Mutation(() => Suggestion, { description: '提交草稿 / Submit a draft' })
  submitSuggestion(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('version', () => Int, { description: '读取时的版本 / The version you read' }) version: number) {
    return submitSuggestion(ctx, toId(id), version);
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Suggestion, { description: '登记并编号;联名不足的议案转为建议 / Register and number; a motion short of signers becomes a suggestion' })
  registerSuggestion(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本 / The version you read' }) version: number,
    @Arg('keySupervision', () => Boolean, { nullable: true, description: '重点督办 / Key supervision' }) keySupervision?: boolean,
  ) {
    return registerSuggestion(ctx, toId(id), version, keySupervision);
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Suggestion, { description: '设定或取消重点督办 / Set or clear key supervision' })
  setSuggestionKeySupervision(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('version', () => Int, { description: '读取时的版本 / The version you read' }) version: number, @Arg('keySupervision', () => Boolean, { description: '重点督办 / Key supervision' }) keySupervision: boolean) {
    return setKeySupervision(ctx, toId(id), version, keySupervision);
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Suggestion, { description: '交办 / Assign to a lead unit and co-units' })
  assignSuggestion(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('input', () => AssignSuggestionInput, { description: '输入 / Input' }) input: AssignSuggestionInput) {
    return assignSuggestion(ctx, toId(id), input);
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Suggestion, { description: '重新交办 / Re-assign' })
  reassignSuggestion(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('input', () => AssignSuggestionInput, { description: '输入 / Input' }) input: AssignSuggestionInput) {
    return reassignSuggestion(ctx, toId(id), input);
  }

  @Allow(P.SUGGESTION_HANDLE)
  @Mutation(() => Assignment, { description: '承办单位申请退回(交办后规定工作日内)/ A unit asks to return an assignment, within the working-day window' })
  requestAssignmentReturn(@Ctx() ctx: Context, @Arg('assignmentId', () => ID, { description: '交办件编号 / Assignment id' }) assignmentId: string, @Arg('input', () => AssignmentRequestInput, { description: '输入 / Input' }) input: AssignmentRequestInput) {
    return requestReturn(ctx, toId(assignmentId), input);
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Suggestion, { description: '处理退回申请:同意(并改交)或不同意 / Accept a return (and re-assign) or refuse it' })
  decideAssignmentReturn(@Ctx() ctx: Context, @Arg('assignmentId', () => ID, { description: '交办件编号 / Assignment id' }) assignmentId: string, @Arg('input', () => DecideReturnInput, { description: '输入 / Input' }) input: DecideReturnInput) {
    return decideReturn(ctx, toId(assignmentId), input);
  }

  @Allow(P.SUGGESTION_HANDLE)
  @Mutation(() => Assignment, { description: '主办单位申请延期(疑难件)/ The lead unit asks for the extended deadline' })
  requestAssignmentExtension(@Ctx() ctx: Context, @Arg('assignmentId', () => ID, { description: '交办件编号 / Assignment id' }) assignmentId: string, @Arg('input', () => AssignmentRequestInput, { description: '输入 / Input' }) input: AssignmentRequestInput) {
    return requestExtension(ctx, toId(assignmentId), input);
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Assignment, { description: '批准或不批准延期 / Approve or refuse an extension' })
  decideAssignmentExtension(@Ctx() ctx: Context, @Arg('assignmentId', () => ID, { description: '交办件编号 / Assignment id' }) assignmentId: string, @Arg('input', () => DecideExtensionInput, { description: '输入 / Input' }) input: DecideExtensionInput) {
    return decideExtension(ctx, toId(assignmentId), input);
  }

  @Allow(P.SUGGESTION_HANDLE)
  @Mutation(() => Suggestion, { description: '开始办理 / Start handling' })
  startHandlingSuggestion(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('version', () => Int, { description: '读取时的版本 / The version you read' }) version: number) {
    return startHandling(ctx, toId(id), version);
  }

  @Allow(P.SUGGESTION_HANDLE)
  @Mutation(() => HandlingMeeting, { description: '记录与代表见面沟通 / Record a meeting with the deputy' })
  recordSuggestionMeeting(@Ctx() ctx: Context, @Arg('suggestionId', () => ID, { description: '建议编号 / Suggestion id' }) suggestionId: string, @Arg('input', () => MeetingInput, { description: '输入 / Input' }) input: MeetingInput) {
    return recordMeeting(ctx, toId(suggestionId), input);
  }

  @Allow(P.SUGGESTION_HANDLE)
  @Mutation(() => CoUnitView, { description: '协办单位向主办单位提出协办意见 / A co-unit sends its views to the lead unit' })
  sendCoUnitView(@Ctx() ctx: Context, @Arg('assignmentId', () => ID, { description: '交办件编号 / Assignment id' }) assignmentId: string, @Arg('content', () => String, { description: '内容 / Content' }) content: string) {
    if (content.trim().length < 2 || content.length > 20000) throw badInput('common.invalidInput', { details: 'content: 2–20000' });
    return sendCoUnitView(ctx, toId(assignmentId), content);
  }

  @Allow(P.SUGGESTION_REPLY)
  @Mutation(() => Suggestion, { description: '主办单位答复(A/B/C/D;B、C 列承诺)/ The lead unit replies (A/B/C/D; B and C with commitments)' })
  replySuggestion(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('input', () => ReplyInput, { description: '输入 / Input' }) input: ReplyInput) {
    return replySuggestion(ctx, toId(id), input);
  }

  @Allow(P.SUGGESTION_FEEDBACK)
  @Mutation(() => Suggestion, { description: '代表评价(不满意则重新办理)/ The deputy rates the reply; UNSATISFIED reopens handling' })
  giveSuggestionFeedback(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('input', () => FeedbackInput, { description: '输入 / Input' }) input: FeedbackInput) {
    return giveFeedback(ctx, toId(id), input);
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Suggestion, { description: '转入跟踪落实(B、C 类)/ Follow up a B or C item' })
  followUpSuggestion(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('version', () => Int, { description: '读取时的版本 / The version you read' }) version: number, @Arg('note', () => String, { nullable: true, description: '说明 / Note' }) note?: string) {
    return followUpSuggestion(ctx, toId(id), version, note);
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Suggestion, { description: '办结 / Close' })
  closeSuggestion(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('version', () => Int, { description: '读取时的版本 / The version you read' }) version: number, @Arg('note', () => String, { nullable: true, description: '说明 / Note' }) note?: string) {
    return closeSuggestion(ctx, toId(id), version, note);
  }

  @Allow(P.SUGGESTION_HANDLE)
  @Mutation(() => ProgressEntry, { description: '记录落实进展(B、C 类)/ Record progress on a B or C item' })
  addSuggestionProgress(@Ctx() ctx: Context, @Arg('suggestionId', () => ID, { description: '建议编号 / Suggestion id' }) suggestionId: string, @Arg('input', () => ProgressInput, { description: '输入 / Input' }) input: ProgressInput) {
    return addProgress(ctx, toId(suggestionId), input);
  }

  @Allow(P.SUGGESTION_READ)
  @Query(() => [Holiday], { description: '节假日日历(一年)/ The holiday calendar of a year' })
  holidays(@Ctx() ctx: Context, @Arg('year', () => Int, { description: '年度 / Year' }) year: number): Promise<Holiday[]> {
    return ctx.db.getRepository(Holiday).find({ where: { date: Between(`${year}-01-01`, `${year}-12-31`) }, order: { date: 'ASC' } });
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Holiday, { description: '在节假日日历中加一天 / Add a day to the holiday calendar' })
  addHoliday(@Ctx() ctx: Context, @Arg('input', () => HolidayInput, { description: '输入 / Input' }) input: HolidayInput): Promise<Holiday> {
    return ctx.db.transaction(async (em) => {
      const repo = em.getRepository(Holiday);
      const date = validDate(input.date);
      if (await repo.existsBy({ date })) throw conflict('suggestion.holidayExists', { date });
      return repo.save(repo.create({ date, name: input.name.trim(), kind: input.kind }));
    });
  }

  @Allow(P.SUGGESTION_MANAGE)
  @Mutation(() => Boolean, { description: '从节假日日历中删去一天 / Remove a day from the holiday calendar' })
  removeHoliday(@Ctx() ctx: Context, @Arg('id', () => ID, { description: '建议编号 / Suggestion id' }) id: string, @Arg('version', () => Int, { description: '读取时的版本 / The version you read' }) version: number): Promise<boolean> {
    return ctx.db.transaction(async (em) => {
      const repo = em.getRepository(Holiday);
      const row = await repo.findOneBy({ id: toId(id) });
      if (!row) throw notFound({ zh: '节假日', en: 'holiday' }, id);
      assertVersion({ zh: '节假日', en: 'holiday' }, row.version, version);
      await repo.remove(row);
      return true;
    });
  }
}

const isManager = (ctx: Context) => can(ctx.viewer?.role, P.SUGGESTION_MANAGE);

@Resolver(() => Suggestion)
export class SuggestionFieldsResolver {
  @FieldResolver(() => Term, { description: '届 / Term' })
  async term(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Term> {
    return (await loadById(ctx, Term, s.termId))!;
  }

  @FieldResolver(() => Session, { nullable: true, description: '会议(闭会期间为空)/ Session; empty in recess' })
  session(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Session | null> {
    return loadById(ctx, Session, s.sessionId);
  }

  @FieldResolver(() => Boolean, { description: '大会期间提出 / Made during a session' })
  inSession(@Root() s: Suggestion): boolean {
    return s.sessionId != null;
  }

  @FieldResolver(() => Deputy, { description: '领衔代表 / Lead deputy' })
  async leadDeputy(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, s.leadDeputyId))!;
  }

  @FieldResolver(() => [Deputy], { description: '附议代表 / Co-signers' })
  async coSigners(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Deputy[]> {
    const rows = await L.coSigners(ctx).load(s.id);
    return (await byId(ctx, Deputy).loadMany(rows.map((r) => r.deputyId))).filter((d): d is Deputy => !!d && !(d instanceof Error));
  }

  @FieldResolver(() => Organization, { nullable: true, description: '当前主办单位 / Current lead unit' })
  leadUnit(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Organization | null> {
    return loadById(ctx, Organization, s.leadOrganizationId);
  }

  @FieldResolver(() => [Assignment], { description: '交办记录(含已退回的;承办单位只见当前的)/ Assignments, returned ones included; units see the current ones' })
  async assignments(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Assignment[]> {
    const all = await L.assignments(ctx).load(s.id);
    return isManager(ctx) || ctx.viewer?.role !== 'HANDLING_UNIT' ? all : all.filter((a) => a.status === 'ACTIVE' || a.status === 'RETURN_REQUESTED');
  }

  @FieldResolver(() => [SuggestionEvent], { description: '办理过程(时间线)/ The timeline: every step, who and when' })
  timeline(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<SuggestionEvent[]> {
    return L.events(ctx).load(s.id);
  }

  @FieldResolver(() => [HandlingMeeting], { description: '见面沟通 / Meetings with the deputy' })
  meetings(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<HandlingMeeting[]> {
    return L.meetings(ctx).load(s.id);
  }

  @FieldResolver(() => [CoUnitView], { description: '协办意见(协办单位只见本单位的)/ Co-units\' views; a co-unit sees only its own' })
  async coUnitViews(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<CoUnitView[]> {
    const views = await L.views(ctx).load(s.id);
    const v = ctx.viewer;
    if (v?.role === 'HANDLING_UNIT' && v.scopeOrganizationId !== s.leadOrganizationId) return views.filter((x) => x.organizationId === v.scopeOrganizationId);
    return views;
  }

  @FieldResolver(() => [Reply], { description: '答复(每轮一份)/ Replies, one per round' })
  replies(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Reply[]> {
    return L.replies(ctx).load(s.id);
  }

  @FieldResolver(() => [Feedback], { description: '代表评价 / Feedback' })
  feedback(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Feedback[]> {
    return L.feedbacks(ctx).load(s.id);
  }

  @FieldResolver(() => [Commitment], { description: '承诺事项 / Commitments' })
  commitments(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<Commitment[]> {
    return L.commitments(ctx).load(s.id);
  }

  @FieldResolver(() => [ProgressEntry], { description: '落实进展 / Progress entries' })
  progress(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<ProgressEntry[]> {
    return L.progress(ctx).load(s.id);
  }

  @FieldResolver(() => Boolean, { description: '逾期未答复 / Past the reply due date without a reply' })
  overdue(@Root() s: Suggestion): boolean {
    return SUGGESTION_OPEN_HANDLING_STATUSES.includes(s.status) && !!s.replyDueDate && s.replyDueDate < today();
  }

  @FieldResolver(() => [SimilarSuggestion], { description: '可能重复的建议(本次及以前会议;承办单位和小组组长不可见)/ Possible duplicates in the same and earlier sessions; empty for handling units and group leaders' })
  async possibleDuplicates(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<SimilarSuggestion[]> {
    // Summaries of other suggestions would show a unit items assigned to other units.
    if (ctx.viewer?.role === 'HANDLING_UNIT' || ctx.viewer?.role === 'GROUP_LEADER') return [];
    return duplicatesLoader(ctx).load(s.id);
  }

  @FieldResolver(() => [SuggestionActionEnum], { description: '当前用户现在可执行的操作(据共享状态机)/ What the viewer may do now, from the shared state machine' })
  async availableActions(@Root() s: Suggestion, @Ctx() ctx: Context): Promise<SuggestionAction[]> {
    const v = ctx.viewer;
    if (!v) return [];
    const manager = isManager(ctx);
    const leadDeputy = manager || (v.role === 'DEPUTY' && v.scopeDeputyId === s.leadDeputyId);
    const leadUnit = manager || (v.role === 'HANDLING_UNIT' && v.scopeOrganizationId === s.leadOrganizationId);
    const actions = actionsFor(s.status, (p) => can(v.role, p)).filter((a) => {
      if (a === 'SUBMIT' || a === 'RATE' || a === 'RATE_UNSATISFIED') return leadDeputy;
      if (a === 'START_HANDLING' || a === 'REPLY') return leadUnit;
      return a !== 'ACCEPT_RETURN';
    });
    if (actions.includes('FOLLOW_UP')) {
      const last = (await L.replies(ctx).load(s.id)).at(-1);
      if (!last || !CATEGORIES_WITH_COMMITMENTS.includes(last.category)) return actions.filter((a) => a !== 'FOLLOW_UP');
    }
    return actions;
  }
}

@Resolver(() => Assignment)
export class AssignmentFieldsResolver {
  @FieldResolver(() => Organization, { description: '承办单位 / Unit' })
  async organization(@Root() a: Assignment, @Ctx() ctx: Context): Promise<Organization> {
    return (await loadById(ctx, Organization, a.organizationId))!;
  }

  @FieldResolver(() => Suggestion, { description: '建议 / Suggestion' })
  async suggestion(@Root() a: Assignment, @Ctx() ctx: Context): Promise<Suggestion> {
    return (await loadById(ctx, Suggestion, a.suggestionId))!;
  }

  @FieldResolver(() => Boolean, { description: '仍可申请退回 / A return may still be asked' })
  canRequestReturn(@Root() a: Assignment): boolean {
    return a.status === 'ACTIVE' && today() <= a.returnDeadline;
  }
}

@Resolver(() => Reply)
export class ReplyFieldsResolver {
  @FieldResolver(() => Organization, { description: '答复单位 / Unit' })
  async organization(@Root() r: Reply, @Ctx() ctx: Context): Promise<Organization> {
    return (await loadById(ctx, Organization, r.organizationId))!;
  }

  @FieldResolver(() => Boolean, { description: '按期答复 / Replied by the due date' })
  onTime(@Root() r: Reply): boolean {
    return r.repliedOn <= r.dueDate;
  }

  @FieldResolver(() => [Commitment], { description: '承诺事项 / Commitments' })
  commitments(@Root() r: Reply, @Ctx() ctx: Context): Promise<Commitment[]> {
    return L.commitmentsByReply(ctx).load(r.id);
  }

  @FieldResolver(() => [Attachment], { description: '附件 / Attachments' })
  attachments(@Root() r: Reply, @Ctx() ctx: Context): Promise<Attachment[]> {
    return L.replyAttachments(ctx).load(r.id);
  }

  @FieldResolver(() => Feedback, { nullable: true, description: '对此答复的评价 / The verdict on this reply' })
  async feedback(@Root() r: Reply, @Ctx() ctx: Context): Promise<Feedback | null> {
    return (await L.feedbackByReply(ctx).load(r.id))[0] ?? null;
  }
}

@Resolver(() => Commitment)
export class CommitmentFieldsResolver {
  @FieldResolver(() => Suggestion, { description: '建议 / Suggestion' })
  async suggestion(@Root() c: Commitment, @Ctx() ctx: Context): Promise<Suggestion> {
    return (await loadById(ctx, Suggestion, c.suggestionId))!;
  }

  @FieldResolver(() => Organization, { description: '承诺单位 / Unit' })
  async organization(@Root() c: Commitment, @Ctx() ctx: Context): Promise<Organization> {
    return (await loadById(ctx, Organization, c.organizationId))!;
  }

  @FieldResolver(() => Boolean, { description: '已逾期未完成 / Past due and not fulfilled' })
  overdue(@Root() c: Commitment): boolean {
    return !c.fulfilledOn && c.dueDate < today();
  }
}

@Resolver(() => SuggestionEvent)
export class SuggestionEventFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: '说明 / Note' })
  note(@Root() e: SuggestionEvent, @Ctx() ctx: Context): string | null {
    return e.noteKey ? formatMessage(e.noteKey, e.noteParams ?? {}, ctx.lang) : e.note;
  }

  @FieldResolver(() => Organization, { nullable: true, description: '相关单位 / Unit concerned' })
  organization(@Root() e: SuggestionEvent, @Ctx() ctx: Context): Promise<Organization | null> {
    return loadById(ctx, Organization, e.organizationId);
  }
}

@Resolver(() => HandlingMeeting)
export class MeetingFieldsResolver {
  @FieldResolver(() => Organization, { description: '承办单位 / Unit' })
  async organization(@Root() m: HandlingMeeting, @Ctx() ctx: Context): Promise<Organization> {
    return (await loadById(ctx, Organization, m.organizationId))!;
  }
}

@Resolver(() => CoUnitView)
export class CoUnitViewFieldsResolver {
  @FieldResolver(() => Organization, { description: '协办单位 / Co-unit' })
  async organization(@Root() v: CoUnitView, @Ctx() ctx: Context): Promise<Organization> {
    return (await loadById(ctx, Organization, v.organizationId))!;
  }
}
