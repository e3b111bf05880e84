import { In, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { ACTIVITY_MACHINE, ACTIVITY_SCOPE_LABELS, ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, nextState } from '@luzhi/shared';
import { requirePermission } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { AppError, badInput, notFound } from '../../common/errors';
import { paginate, toId, type PageArgs } from '../../common/pagination';
import { invalidTransition } from './activity.errors';
import { Activity, ActivityParticipant, ImplementationPlan } from './activity.entity';
import type { ActivityNoticeInput, NoticeFilter, SendNoticeInput } from './activity.inputs';
import { ACTIVITY_ENTITY } from './activity.scope';
import { lockActivity } from './activity.service';
import { Notice, NoticeRecipient } from './notice.entity';

const NOTICE_ENTITY = { zh: '通知', en: 'notice' };

/** The notice text, from the activity and its implementation plan, when staff write none. */
function defaultNoticeBody(a: Activity, plan: ImplementationPlan | null): string {
  const days = a.startDate === a.endDate ? a.startDate : `${a.startDate} 至 ${a.endDate}`;
  const parts = [
    `各位代表:`,
    `定于 ${days}${a.place ? `在${a.place}` : ''}开展${ACTIVITY_SCOPE_LABELS[a.scope].zh}${ACTIVITY_TYPE_LABELS[a.type].zh}活动“${a.title}”,请安排时间参加。`,
  ];
  if (plan?.aims) parts.push(`一、目的和要求\n${plan.aims}`);
  if (plan?.itinerary) parts.push(`二、行程安排\n${plan.itinerary}`);
  if (plan?.preparation) parts.push(`三、会前准备\n${plan.preparation}`);
  if (plan?.leaders.length) parts.push(`参加的常委会领导:${plan.leaders.join('、')}`);
  parts.push('请在系统中确认参加;因故不能参加的,请填写请假事由。');
  return parts.join('\n\n');
}

/**
 * Sends the advance notice inside the caller's transaction: every invited deputy gets it (with a
 * read receipt), and the activity becomes NOTIFIED.
 */
export async function notifyActivity(em: EntityManager, ctx: Context, a: Activity, input: { title?: string | null; body?: string | null }): Promise<Activity> {
  const to = nextState(ACTIVITY_MACHINE, a.status, 'NOTIFY');
  if (!to) throw invalidTransition(ACTIVITY_ENTITY, ACTIVITY_MACHINE, ACTIVITY_STATUS_LABELS, a.status, 'NOTIFY');
  requirePermission(ctx, ACTIVITY_MACHINE.NOTIFY.permission);
  const participants = await em.getRepository(ActivityParticipant).find({ select: { deputyId: true }, where: { activityId: a.id } });
  if (!participants.length) throw badInput('activity.nobodyInvited');
  const plan = await em.getRepository(ImplementationPlan).findOneBy({ activityId: a.id });
  const now = new Date();
  const notice = await em.getRepository(Notice).save(
    em.getRepository(Notice).create({
      kind: 'ACTIVITY', activityId: a.id, sentAt: now, sentByUserId: ctx.viewer?.id ?? null,
      title: input.title?.trim() || `关于参加“${a.title}”的通知`,
      body: input.body?.trim() || defaultNoticeBody(a, plan),
    }),
  );
  const recipients = em.getRepository(NoticeRecipient);
  await recipients.save(participants.map((p) => recipients.create({ noticeId: notice.id, deputyId: p.deputyId, readAt: null })));
  a.status = to;
  a.notifiedAt = now;
  return em.getRepository(Activity).save(a);
}

export async function sendActivityNotice(ctx: Context, activityId: number, input: ActivityNoticeInput): Promise<Activity> {
  return ctx.db.transaction(async (em) => notifyActivity(em, ctx, await lockActivity(em, ctx, activityId, input.version), input));
}

/** Deputies invited after the notice went out get the same notice. */
export async function addRecipientsToActivityNotice(em: EntityManager, activityId: number, deputyIds: number[]): Promise<void> {
  const notice = await em.getRepository(Notice).findOne({ where: { activityId, kind: 'ACTIVITY' }, order: { sentAt: 'DESC', id: 'DESC' } });
  if (!notice || !deputyIds.length) return;
  const repo = em.getRepository(NoticeRecipient);
  const already = new Set((await repo.findBy({ noticeId: notice.id, deputyId: In(deputyIds) })).map((r) => r.deputyId));
  await repo.save(deputyIds.filter((d) => !already.has(d)).map((deputyId) => repo.create({ noticeId: notice.id, deputyId, readAt: null })));
}

/** 知情知政: information sent to groups or single deputies; a group leader reaches their own group only. */
export async function sendInformationNotice(ctx: Context, input: SendNoticeInput): Promise<Notice> {
  const v = ctx.viewer!;
  const groupIds = (input.groupIds ?? []).map((g) => toId(g, 'groupIds'));
  const deputyIds = (input.deputyIds ?? []).map((d) => toId(d, 'deputyIds'));
  return ctx.db.transaction(async (em) => {
    const recipients = new Set<number>(deputyIds);
    if (groupIds.length) {
      const rows: { deputy_id: number }[] = await em.query(`SELECT DISTINCT deputy_id FROM group_membership WHERE group_id = ANY($1) AND end_date IS NULL`, [groupIds]);
      for (const r of rows) recipients.add(r.deputy_id);
    }
    if (v.role === 'GROUP_LEADER') {
      const own: { deputy_id: number }[] = await em.query(`SELECT deputy_id FROM group_membership WHERE group_id = $1 AND end_date IS NULL`, [v.scopeGroupId ?? -1]);
      const members = new Set(own.map((r) => r.deputy_id));
      if ([...recipients].some((d) => !members.has(d))) throw new AppError('FORBIDDEN', 'activity.notOwnGroup');
    }
    if (!recipients.size) throw badInput('activity.nobodyInvited');
    const notice = await em.getRepository(Notice).save(
      em.getRepository(Notice).create({ kind: 'INFORMATION', title: input.title.trim(), body: input.body, activityId: null, sentAt: new Date(), sentByUserId: v.id }),
    );
    const repo = em.getRepository(NoticeRecipient);
    await repo.save([...recipients].map((deputyId) => repo.create({ noticeId: notice.id, deputyId, readAt: null })));
    return notice;
  });
}

function restrictNotices(ctx: Context, qb: SelectQueryBuilder<Notice>): SelectQueryBuilder<Notice> {
  const v = ctx.viewer!;
  if (v.role === 'ADMIN' || v.role === 'STAFF') return qb;
  if (v.role === 'DEPUTY') return qb.andWhere('EXISTS (SELECT 1 FROM notice_recipient nr WHERE nr.notice_id = n.id AND nr.deputy_id = :me)', { me: v.scopeDeputyId ?? -1 });
  if (v.role === 'GROUP_LEADER') {
    return qb.andWhere(
      `(n.sent_by_user_id = :user OR EXISTS (SELECT 1 FROM notice_recipient nr JOIN group_membership gm ON gm.deputy_id = nr.deputy_id AND gm.end_date IS NULL WHERE nr.notice_id = n.id AND gm.group_id = :group))`,
      { user: v.id, group: v.scopeGroupId ?? -1 },
    );
  }
  return qb.andWhere('1 = 0');
}

export function listNotices(ctx: Context, filter: NoticeFilter | undefined, page: PageArgs) {
  const qb = ctx.db.getRepository(Notice).createQueryBuilder('n');
  restrictNotices(ctx, qb);
  if (filter?.activityId) qb.andWhere('n.activityId = :a', { a: toId(filter.activityId) });
  if (filter?.unreadOnly) {
    if (ctx.viewer!.scopeDeputyId == null) throw badInput('activity.noDeputy');
    qb.andWhere('EXISTS (SELECT 1 FROM notice_recipient ur WHERE ur.notice_id = n.id AND ur.deputy_id = :reader AND ur.read_at IS NULL)', { reader: ctx.viewer!.scopeDeputyId });
  }
  qb.orderBy('n.sentAt', 'DESC').addOrderBy('n.id', 'DESC');
  return paginate(qb, page);
}

export async function getNotice(ctx: Context, id: number): Promise<Notice> {
  const qb = restrictNotices(ctx, ctx.db.getRepository(Notice).createQueryBuilder('n').where('n.id = :id', { id }));
  const notice = await qb.getOne();
  if (!notice) throw notFound(NOTICE_ENTITY, id);
  return notice;
}

/** The deputy's read receipt: the first reading counts. */
export async function markNoticeRead(ctx: Context, id: number): Promise<Notice> {
  const deputyId = ctx.viewer!.scopeDeputyId;
  if (deputyId == null) throw badInput('activity.noDeputy');
  return ctx.db.transaction(async (em) => {
    const row = await em.getRepository(NoticeRecipient).findOneBy({ noticeId: id, deputyId });
    if (!row) throw new AppError('FORBIDDEN', 'notice.notRecipient');
    if (!row.readAt) {
      row.readAt = new Date();
      await em.getRepository(NoticeRecipient).save(row);
    }
    return em.getRepository(Notice).findOneByOrFail({ id });
  });
}
