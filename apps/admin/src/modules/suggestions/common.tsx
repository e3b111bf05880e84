import { Tag } from 'antd';
import {
  actionsFor, CATEGORIES_WITH_COMMITMENTS, SUGGESTION_STATUS_LABELS, type Permission, type ReplyCategory, type SuggestionAction, type SuggestionStatus,
} from '@luzhi/shared';
import { tokenStore } from '../../app/apollo';
import type { Viewer } from '../../app/auth';
import { useI18n } from '../../app/i18n';

const STATUS_COLORS: Record<SuggestionStatus, string> = {
  DRAFT: 'default', SUBMITTED: 'blue', REGISTERED: 'geekblue', ASSIGNED: 'purple', HANDLING: 'cyan', REPLIED: 'gold',
  RATED: 'lime', REHANDLING: 'volcano', FOLLOWING_UP: 'orange', CLOSED: 'green',
};

export function StatusTag({ status }: { status: SuggestionStatus }) {
  const { label } = useI18n();
  return <Tag color={STATUS_COLORS[status]} data-testid="suggestion-status">{label(SUGGESTION_STATUS_LABELS[status])}</Tag>;
}

/**
 * The lifecycle buttons a viewer gets: the shared state machine's actions for the state and the
 * viewer's permissions, narrowed by the same row-level rules the server applies (the lead deputy
 * rates, the lead unit replies). The server checks again; this only hides what would be refused.
 */
export function lifecycleActions(
  s: { status: SuggestionStatus; leadDeputyId: string; leadOrganizationId?: string | null; replies: { category: ReplyCategory }[] },
  viewer: Viewer | null,
  can: (p: Permission) => boolean,
): SuggestionAction[] {
  if (!viewer) return [];
  const staff = viewer.role === 'ADMIN' || viewer.role === 'STAFF';
  const leadDeputy = staff || (viewer.role === 'DEPUTY' && viewer.scopeDeputyId === s.leadDeputyId);
  const leadUnit = staff || (viewer.role === 'HANDLING_UNIT' && viewer.scopeOrganizationId === s.leadOrganizationId);
  const last = s.replies.at(-1);
  return actionsFor(s.status, can).filter((a) => {
    if (a === 'SUBMIT' || a === 'RATE' || a === 'RATE_UNSATISFIED') return leadDeputy;
    if (a === 'START_HANDLING' || a === 'REPLY') return leadUnit;
    if (a === 'FOLLOW_UP') return !!last && CATEGORIES_WITH_COMMITMENTS.includes(last.category);
    // A return is accepted on the assignment that asked for it, not from the header.
    return a !== 'ACCEPT_RETURN';
  });
}

/** Saves a file the API returned as base64. */
export function downloadBase64(file: { filename: string; contentType: string; base64: string }) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export { uploadFile } from '../../app/files';

/** Opens an attachment with the session token (a plain link would carry none). */
export async function openAttachment(url: string, filename: string) {
  const res = await fetch(url, { headers: { authorization: `Bearer ${tokenStore.get() ?? ''}` } });
  if (!res.ok) return;
  const blobUrl = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = blobUrl;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(blobUrl), 10_000);
}
