import type { Context } from '../../common/context';
import { registerAttachmentAccess } from '../files/attachment.service';
import { ActivityReport, ImplementationPlan } from './activity.entity';
import { FindingUpdate } from './finding.entity';
import { PLAN_ATTACHMENT, REPORT_ATTACHMENT, activityVisible } from './activity.service';
import { EVIDENCE_ATTACHMENT, findingVisible } from './finding.service';

/**
 * Files of reports and implementation plans go to whoever may see the activity; evidence of a
 * finding to whoever may see the finding (a handling unit: its own findings only).
 */
export function registerActivityAttachmentAccess(): void {
  const viaActivity = (entity: typeof ActivityReport | typeof ImplementationPlan) => async (ctx: Context, ownerId: number) => {
    const row = await ctx.db.getRepository(entity).findOneBy({ id: ownerId });
    return !!row && !!ctx.viewer && (await activityVisible(ctx).load(row.activityId));
  };
  registerAttachmentAccess(REPORT_ATTACHMENT, viaActivity(ActivityReport));
  registerAttachmentAccess(PLAN_ATTACHMENT, viaActivity(ImplementationPlan));
  registerAttachmentAccess(EVIDENCE_ATTACHMENT, async (ctx, ownerId) => {
    const row = await ctx.db.getRepository(FindingUpdate).findOneBy({ id: ownerId });
    return !!row && !!ctx.viewer && (await findingVisible(ctx).load(row.findingId));
  });
}
