import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { byColumn, loadById } from '../../common/loaders';
import { Connection, PageArgs, toId } from '../../common/pagination';
import { Deputy } from '../deputies/deputy.entity';
import { Activity } from './activity.entity';
import { ActivityNoticeInput, NoticeFilter, SendNoticeInput } from './activity.inputs';
import { activityVisible } from './activity.service';
import { Notice, NoticeRecipient } from './notice.entity';
import { getNotice, listNotices, markNoticeRead, sendActivityNotice, sendInformationNotice } from './notice.service';

@ObjectType({ description: '通知列表(分页)/ A page of notices' })
export class NoticeConnection extends Connection(Notice, 'Notice') {}

@Resolver(() => Notice)
export class NoticeResolver {
  @Allow(P.NOTICE_READ)
  @Query(() => NoticeConnection, { description: '通知:代表看到发给自己的,工作人员看到全部 / Notices: a deputy sees their own, staff see all' })
  notices(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg('filter', () => NoticeFilter, { nullable: true }) filter?: NoticeFilter) {
    return listNotices(ctx, filter, page);
  }

  @Allow(P.NOTICE_READ)
  @Query(() => Notice, { description: '一条通知 / One notice' })
  notice(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Notice> {
    return getNotice(ctx, toId(id));
  }

  @Allow(P.NOTICE_SEND)
  @Mutation(() => Activity, { description: '发送活动预先通知:发给每位受邀代表,活动变为已通知 / Send the advance notice to every invited deputy; the activity becomes NOTIFIED' })
  sendActivityNotice(@Ctx() ctx: Context, @Arg('activityId', () => ID) activityId: string, @Arg('input', () => ActivityNoticeInput) input: ActivityNoticeInput): Promise<Activity> {
    return sendActivityNotice(ctx, toId(activityId), input);
  }

  @Allow(P.NOTICE_SEND)
  @Mutation(() => Notice, { description: '发送知情知政通知 / Send an information notice' })
  sendNotice(@Ctx() ctx: Context, @Arg('input', () => SendNoticeInput) input: SendNoticeInput): Promise<Notice> {
    return sendInformationNotice(ctx, input);
  }

  @Allow(P.NOTICE_READ)
  @Mutation(() => Notice, { description: '代表标记已读(记录阅读回执)/ A deputy marks a notice read: the read receipt' })
  markNoticeRead(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Notice> {
    return markNoticeRead(ctx, toId(id));
  }

  @FieldResolver(() => Activity, { nullable: true, description: '关于哪个活动(可见时)/ The activity, when the viewer may see it' })
  async activity(@Root() n: Notice, @Ctx() ctx: Context): Promise<Activity | null> {
    if (n.activityId == null || !(await activityVisible(ctx).load(n.activityId))) return null;
    return loadById(ctx, Activity, n.activityId);
  }

  @Allow(P.NOTICE_SEND)
  @FieldResolver(() => [NoticeRecipient], { description: '接收人与阅读回执 / Recipients and read receipts' })
  recipients(@Root() n: Notice, @Ctx() ctx: Context): Promise<NoticeRecipient[]> {
    return byColumn(ctx, NoticeRecipient, 'noticeId').load(n.id);
  }

  @FieldResolver(() => Int, { description: '接收人数 / Recipients' })
  async recipientCount(@Root() n: Notice, @Ctx() ctx: Context): Promise<number> {
    return (await byColumn(ctx, NoticeRecipient, 'noticeId').load(n.id)).length;
  }

  @FieldResolver(() => Int, { description: '已读人数 / Read so far' })
  async readCount(@Root() n: Notice, @Ctx() ctx: Context): Promise<number> {
    return (await byColumn(ctx, NoticeRecipient, 'noticeId').load(n.id)).filter((r) => r.readAt).length;
  }

  @FieldResolver(() => Date, { nullable: true, description: '我阅读的时间(代表本人)/ When I read it, for a deputy' })
  async myReadAt(@Root() n: Notice, @Ctx() ctx: Context): Promise<Date | null> {
    const me = ctx.viewer?.scopeDeputyId;
    if (me == null) return null;
    return (await byColumn(ctx, NoticeRecipient, 'noticeId').load(n.id)).find((r) => r.deputyId === me)?.readAt ?? null;
  }
}

@Resolver(() => NoticeRecipient)
export class NoticeRecipientFieldsResolver {
  @FieldResolver(() => Deputy, { description: '代表 / Deputy' })
  async deputy(@Root() r: NoticeRecipient, @Ctx() ctx: Context): Promise<Deputy> {
    return (await loadById(ctx, Deputy, r.deputyId))!;
  }
}
