import { ATTACHMENT_KINDS, ATTACHMENT_MAX, ATTACHMENT_MAX_BYTES, FILE_EXTENSIONS, FILE_KIND_LABELS, fileExtension, formatMessage, listOf, type Lang } from '@luzhi/shared';
import { tokenStore } from './apollo';
import { readStoredLang } from './i18n';

/**
 * Why the server would refuse this file as an attachment, said before it is sent: too large, or
 * named as a kind attachments do not take (the server then also checks the content). Null: send it.
 */
export function attachmentProblem(file: { name: string; size: number }, lang: Lang): string | null {
  if (file.size > ATTACHMENT_MAX_BYTES) return formatMessage('files.tooLarge', { max: ATTACHMENT_MAX }, lang);
  const ext = fileExtension(file.name);
  const kind = ext ? FILE_EXTENSIONS[ext]?.[0] : undefined;
  if (!kind || !ATTACHMENT_KINDS.includes(kind)) {
    return formatMessage('upload.notAccepted', { name: file.name, accepted: listOf(ATTACHMENT_KINDS.map((k) => FILE_KIND_LABELS[k])) }, lang);
  }
  return null;
}

/** Uploads one file through POST /files (content-checked by the server); returns its id. */
export async function uploadFile(file: File): Promise<string> {
  const lang = readStoredLang();
  const problem = attachmentProblem(file, lang);
  if (problem) throw new Error(problem);
  const res = await fetch('/files', {
    method: 'POST',
    headers: { authorization: `Bearer ${tokenStore.get() ?? ''}`, 'accept-language': lang, 'x-filename': encodeURIComponent(file.name), 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as { id?: string; error?: { message: string } };
  if (!res.ok || !body.id) throw new Error(body.error?.message ?? `${res.status} ${res.statusText}`);
  return body.id;
}
