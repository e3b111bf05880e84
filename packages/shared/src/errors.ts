/** Error codes carried in `extensions.code` of every expected GraphQL error. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
  'COST_LIMIT_EXCEEDED',
  'QUERY_TIMEOUT',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** Picks zh-CN unless the header prefers English. */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  if (!header) return 'zh-CN';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

/** A text in both languages: labels, entity names, and message parameters shown in the reader's language. */
export type Localized = { zh: string; en: string };
type Template = Localized;

/**
 * Every message a person may read from the API, in both languages. `{name}` placeholders are
 * filled from the error's params. Domains add their own keys here so the admin can show the same
 * text for client-side checks.
 */
export const MESSAGES = {
  'auth.required': { zh: '请先登录', en: 'Please sign in first' },
  'auth.invalidCredentials': { zh: '用户名或密码错误', en: 'Wrong username or password' },
  'auth.locked': {
    zh: '登录失败次数过多,账户已锁定,请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins: the account is locked, try again in {minutes} minutes',
  },
  'auth.disabled': { zh: '账户已停用,请联系管理员', en: 'This account is disabled: ask an administrator' },
  'auth.sessionExpired': { zh: '登录已过期,请重新登录', en: 'Your session has expired: please sign in again' },
  'auth.forbidden': { zh: '没有权限执行此操作(需要:{permission})', en: 'You are not allowed to do this (it needs the right to {permission})' },
  'auth.outOfScope': {
    zh: '该{entity}不在您的职责范围内',
    en: 'This {entity} is outside your scope',
  },
  'auth.wrongCurrentPassword': { zh: '当前密码不正确', en: 'The current password is wrong' },
  'user.passwordTooShort': {
    zh: '密码至少需要 {min} 个字符',
    en: 'The password needs at least {min} characters',
  },
  'user.usernameTaken': { zh: '用户名“{username}”已被使用', en: 'The username "{username}" is taken' },
  'user.usernameInvalid': {
    zh: '用户名只能包含字母、数字、点、下划线和连字符,长度 3–40',
    en: 'A username has 3–40 letters, digits, dots, underscores or hyphens',
  },
  'user.scopeRequired': {
    zh: '角色 {role} 需要指定所属{scope}',
    en: 'The role {role} needs a scope: a {scope}',
  },
  'user.cannotDisableSelf': { zh: '不能停用自己的账户', en: 'You cannot disable your own account' },
  'common.notFound': { zh: '找不到{entity}(编号 {id})', en: 'There is no {entity} with id {id}' },
  'common.staleVersion': {
    zh: '该{entity}已被他人修改(当前版本 {current},你提交的是 {given}),请刷新后重试',
    en: 'This {entity} was changed by someone else (version {current}, you sent {given}): reload and try again',
  },
  'common.invalidInput': { zh: '输入有误:{details}', en: 'Invalid input: {details}' },
  'common.nulCharacter': {
    zh: '输入中含有不允许的空字符(U+0000):{field}',
    en: 'The input holds a NUL character (U+0000), which is not allowed: {field}',
  },
  'common.invalidValue': {
    zh: '输入的值无法保存(过长、超出范围或格式不对),请检查后重试',
    en: 'A value cannot be stored (too long, out of range or malformed): check the input and try again',
  },
  'common.duplicate': {
    zh: '相同的记录已经存在(可能刚被他人创建),请刷新后重试',
    en: 'The same record already exists (perhaps someone just created it): reload and try again',
  },
  'common.referenced': {
    zh: '引用的记录不存在,或该记录仍被其他记录引用',
    en: 'A referenced record does not exist, or this record is still referenced elsewhere',
  },
  'common.retry': {
    zh: '与他人的操作冲突,请重试',
    en: 'This clashed with someone else\'s change: try again',
  },
  'upload.tooLarge': { zh: '文件“{name}”过大(上限 {max})', en: 'The file "{name}" is too large (at most {max})' },
  'upload.unknownType': {
    zh: '无法识别文件“{name}”的内容;可以上传:{accepted}',
    en: 'The content of "{name}" is of no kind we know; you can upload: {accepted}',
  },
  'upload.mismatch': {
    zh: '文件“{name}”的内容是{kind},与文件名不符;可以上传:{accepted}',
    en: 'The content of "{name}" is {kind}, not what its name says; you can upload: {accepted}',
  },
  'upload.notAccepted': {
    zh: '不接受文件“{name}”的类型;可以上传:{accepted}',
    en: 'Files like "{name}" are not accepted; you can upload: {accepted}',
  },
  'common.requestTooLarge': {
    zh: '请求内容超过 {max} 的上限:请分批提交,或把大文件作为附件上传',
    en: 'The request is larger than its {max} limit: send it in parts, or upload large files as attachments',
  },
  'common.notJson': { zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  'common.subscriptionUnsupported': {
    zh: '不支持订阅(subscription),请使用查询(query)或变更(mutation)',
    en: 'Subscriptions are not supported: use a query or a mutation',
  },
  'common.invalidCursor': { zh: '分页游标无效', en: 'The page cursor is not valid' },
  'common.pageTooLarge': { zh: '每页最多 {max} 条', en: 'A page holds at most {max} items' },
  'common.internal': {
    zh: '服务器内部错误,请联系管理员(请求编号 {requestId})',
    en: 'Internal server error: tell an administrator (request id {requestId})',
  },
  'common.unavailable': {
    zh: '数据库暂时不可用,请稍后重试',
    en: 'The database is unavailable for the moment: try again shortly',
  },
  'files.empty': { zh: '文件为空', en: 'The file is empty' },
  'files.tooLarge': { zh: '文件超过 {max} 的上限', en: 'The file is larger than the {max} limit' },
  'files.notClaimable': { zh: '附件不存在或不是你上传的', en: 'An attachment does not exist or was not uploaded by you' },
  'common.costLimitExceeded': {
    zh: '查询代价为 {cost},超过了您的角色上限 {limit}:请减少每页条数(first)或嵌套层次后重试',
    en: 'This query costs {cost}, above your limit of {limit}: ask for fewer items per page (first) or less nesting',
  },
  'common.rateLimited': {
    zh: '请求过于频繁(每 {window} 秒最多 {limit} 次),请 {retryAfter} 秒后再试',
    en: 'Too many requests (at most {limit} per {window} seconds): try again in {retryAfter} seconds',
  },
  'common.queryTimeout': {
    zh: '查询超过了 {seconds} 秒的执行时间上限,已被取消:请缩小范围或减少分组',
    en: 'The query ran longer than its limit of {seconds} seconds and was cancelled: narrow the filter or group by less',
  },
  'analytics.dimensionForbidden': {
    zh: '按“{name}”分组或筛选需要权限({permission})',
    en: 'Grouping or filtering by "{name}" needs a permission you do not have ({permission})',
  },
  'analytics.tooManyRows': {
    zh: '统计结果超过 {limit} 行:请增加筛选条件、减少分组维度,或把 limit 提高(最多 {max})',
    en: 'The statistic has more than {limit} rows: add a filter, group by fewer dimensions, or raise limit (up to {max})',
  },
  'analytics.tooManyGroups': {
    zh: '最多按 {max} 个维度分组',
    en: 'Group by at most {max} dimensions',
  },
  'analytics.savedQueryNotOwner': {
    zh: '只有创建者可以修改或删除此查询',
    en: 'Only the owner may change or delete this saved query',
  },
  'analytics.savedQueryNameTaken': {
    zh: '您已有名为“{name}”的查询',
    en: 'You already have a saved query named "{name}"',
  },
  'analytics.invalidQuery': {
    zh: '查询文本不是有效的 GraphQL:{details}',
    en: 'The query text is not valid GraphQL: {details}',
  },
  'common.invalidTransition': {
    zh: '该{entity}当前为“{from}”,不能“{action}”;现在可以:{allowed}',
    en: 'This {entity} is "{from}": it cannot "{action}" now; possible now: {allowed}',
  },
} satisfies Record<string, Template>;

export type MessageKey = keyof typeof MESSAGES;
/**
 * A parameter is a value (a name, a number, the user's own text) or a `Localized` text that the
 * message shows in its own language: entity names, state and action labels.
 */
export type MessageParams = Record<string, string | number | Localized>;

const isLocalized = (v: unknown): v is Localized => typeof v === 'object' && v !== null && 'zh' in v && 'en' in v;

/** One parameter as the reader sees it. */
export function paramText(value: string | number | Localized | undefined, lang: Lang): string {
  if (isLocalized(value)) return lang === 'en' ? value.en : value.zh;
  return value === undefined ? '' : String(value);
}

/** Labels as one list in each language (、 between Chinese items, commas in English); `empty` when none. */
export function listOf(labels: readonly Localized[], empty: Localized = { zh: '无', en: 'nothing' }): Localized {
  if (!labels.length) return empty;
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
}

const extraMessages = new Map<string, Template>();

/** Lets a domain register its own messages at start-up (keys must be unique). */
export function registerMessages(messages: Record<string, Template>): void {
  for (const [key, value] of Object.entries(messages)) {
    if (key in MESSAGES || extraMessages.has(key)) throw new Error(`Duplicate message key ${key}`);
    extraMessages.set(key, value);
  }
}

export function formatMessage(key: string, params: MessageParams = {}, lang: Lang = 'zh-CN'): string {
  const template = (MESSAGES as Record<string, Template>)[key] ?? extraMessages.get(key);
  if (!template) return key;
  const text = lang === 'en' ? template.en : template.zh;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? paramText(params[name], lang) : `{${name}}`));
}
