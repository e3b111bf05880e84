/** The registry's enumerations (DOMAIN.md glossary) with their labels, shared by API and admin. */

type Labels<T extends string> = Record<T, { zh: string; en: string }>;

export const CONGRESS_LEVELS = ['TOWNSHIP', 'COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'] as const;
export type CongressLevel = (typeof CONGRESS_LEVELS)[number];
export const CONGRESS_LEVEL_LABELS: Labels<CongressLevel> = {
  TOWNSHIP: { zh: '乡镇', en: 'Township' },
  COUNTY: { zh: '区县', en: 'County / district' },
  CITY: { zh: '市', en: 'City' },
  PROVINCE: { zh: '省', en: 'Province' },
  NATIONAL: { zh: '全国', en: 'National' },
};

export const DIVISION_KINDS = ['PROVINCE', 'CITY', 'DISTRICT', 'SUBDISTRICT', 'TOWNSHIP', 'TOWN', 'COMMUNITY', 'VILLAGE'] as const;
export type DivisionKind = (typeof DIVISION_KINDS)[number];
export const DIVISION_KIND_LABELS: Labels<DivisionKind> = {
  PROVINCE: { zh: '省', en: 'Province' },
  CITY: { zh: '市', en: 'City' },
  DISTRICT: { zh: '区/县', en: 'District' },
  SUBDISTRICT: { zh: '街道', en: 'Subdistrict' },
  TOWNSHIP: { zh: '乡', en: 'Township' },
  TOWN: { zh: '镇', en: 'Town' },
  COMMUNITY: { zh: '社区', en: 'Community' },
  VILLAGE: { zh: '村', en: 'Village' },
};

export const ELECTORAL_DISTRICT_KINDS = ['CONSTITUENCY', 'ELECTORAL_UNIT'] as const;
export type ElectoralDistrictKind = (typeof ELECTORAL_DISTRICT_KINDS)[number];
export const ELECTORAL_DISTRICT_KIND_LABELS: Labels<ElectoralDistrictKind> = {
  CONSTITUENCY: { zh: '选区', en: 'Constituency' },
  ELECTORAL_UNIT: { zh: '选举单位', en: 'Electoral unit' },
};

export const ORGANIZATION_KINDS = ['STATE_ORGAN', 'ENTERPRISE', 'PUBLIC_INSTITUTION', 'COMMUNITY', 'SCHOOL', 'OTHER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const ORGANIZATION_KIND_LABELS: Labels<OrganizationKind> = {
  STATE_ORGAN: { zh: '国家机关', en: 'State organ' },
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  PUBLIC_INSTITUTION: { zh: '事业单位', en: 'Public institution' },
  COMMUNITY: { zh: '社区', en: 'Community' },
  SCHOOL: { zh: '学校', en: 'School' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Labels<Gender> = { MALE: { zh: '男', en: 'Male' }, FEMALE: { zh: '女', en: 'Female' } };

/** 政治面貌: the Communist Party, the eight democratic parties, no party. */
export const PARTIES = ['CPC', 'RCCK', 'CDL', 'CNDCA', 'CAPD', 'CPWDP', 'ZGD', 'JS', 'TDSGL', 'NON_PARTY'] as const;
export type Party = (typeof PARTIES)[number];
export const PARTY_LABELS: Labels<Party> = {
  CPC: { zh: '中共党员', en: 'Communist Party of China' },
  RCCK: { zh: '民革', en: 'Revolutionary Committee of the KMT' },
  CDL: { zh: '民盟', en: 'China Democratic League' },
  CNDCA: { zh: '民建', en: 'China National Democratic Construction Association' },
  CAPD: { zh: '民进', en: 'China Association for Promoting Democracy' },
  CPWDP: { zh: '农工党', en: "Chinese Peasants' and Workers' Democratic Party" },
  ZGD: { zh: '致公党', en: 'China Zhi Gong Party' },
  JS: { zh: '九三学社', en: 'Jiusan Society' },
  TDSGL: { zh: '台盟', en: 'Taiwan Democratic Self-Government League' },
  NON_PARTY: { zh: '无党派', en: 'No party' },
};

export const EDUCATIONS = ['POSTGRADUATE', 'UNDERGRADUATE', 'JUNIOR_COLLEGE', 'SECONDARY', 'PRIMARY_OR_BELOW'] as const;
export type Education = (typeof EDUCATIONS)[number];
export const EDUCATION_LABELS: Labels<Education> = {
  POSTGRADUATE: { zh: '研究生', en: 'Postgraduate' },
  UNDERGRADUATE: { zh: '大学本科', en: 'Undergraduate' },
  JUNIOR_COLLEGE: { zh: '大学专科', en: 'Junior college' },
  SECONDARY: { zh: '中专/高中', en: 'Secondary' },
  PRIMARY_OR_BELOW: { zh: '初中及以下', en: 'Junior secondary or below' },
};

/** 代表构成 categories used in every congress's composition report. */
export const OCCUPATION_CATEGORIES = ['CADRE', 'WORKER', 'FARMER', 'PROFESSIONAL', 'ENTERPRISE', 'MILITARY', 'OTHER'] as const;
export type OccupationCategory = (typeof OCCUPATION_CATEGORIES)[number];
export const OCCUPATION_CATEGORY_LABELS: Labels<OccupationCategory> = {
  CADRE: { zh: '党政领导干部', en: 'Party and government cadre' },
  WORKER: { zh: '工人', en: 'Worker' },
  FARMER: { zh: '农民', en: 'Farmer' },
  PROFESSIONAL: { zh: '专业技术人员', en: 'Professional' },
  ENTERPRISE: { zh: '企业负责人', en: 'Enterprise manager' },
  MILITARY: { zh: '解放军', en: 'Military' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const DEPUTY_STATUSES = ['ACTIVE', 'SUSPENDED', 'ENDED'] as const;
export type DeputyStatus = (typeof DEPUTY_STATUSES)[number];
export const DEPUTY_STATUS_LABELS: Labels<DeputyStatus> = {
  ACTIVE: { zh: '在任', en: 'Serving' },
  SUSPENDED: { zh: '暂停执行职务', en: 'Suspended' },
  ENDED: { zh: '资格终止', en: 'Mandate ended' },
};

export const MANDATE_END_REASONS = ['TERM_ENDED', 'RESIGNED', 'RECALLED', 'MOVED_AWAY', 'DECEASED', 'OTHER'] as const;
export type MandateEndReason = (typeof MANDATE_END_REASONS)[number];
export const MANDATE_END_REASON_LABELS: Labels<MandateEndReason> = {
  TERM_ENDED: { zh: '任期届满', en: 'Term ended' },
  RESIGNED: { zh: '辞职', en: 'Resigned' },
  RECALLED: { zh: '罢免', en: 'Recalled' },
  MOVED_AWAY: { zh: '迁出或调离', en: 'Moved away' },
  DECEASED: { zh: '去世', en: 'Deceased' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const GROUP_BASES = ['DIVISION', 'SECTOR'] as const;
export type GroupBasis = (typeof GROUP_BASES)[number];
export const GROUP_BASIS_LABELS: Labels<GroupBasis> = {
  DIVISION: { zh: '按行政区划', en: 'By division' },
  SECTOR: { zh: '按系统', en: 'By sector' },
};

export const GROUP_ROLES = ['LEADER', 'VICE_LEADER', 'MEMBER'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];
export const GROUP_ROLE_LABELS: Labels<GroupRole> = {
  LEADER: { zh: '组长', en: 'Leader' },
  VICE_LEADER: { zh: '副组长', en: 'Vice leader' },
  MEMBER: { zh: '组员', en: 'Member' },
};

export const LIAISON_STATION_KINDS = ['STATION', 'HOME'] as const;
export type LiaisonStationKind = (typeof LIAISON_STATION_KINDS)[number];
export const LIAISON_STATION_KIND_LABELS: Labels<LiaisonStationKind> = {
  STATION: { zh: '代表联络站', en: 'Liaison station' },
  HOME: { zh: '代表之家', en: "Deputies' home" },
};

/**
 * Group rules per congress level (DOMAIN.md: 14–24 deputies, one leader, 1–2 vice leaders; city
 * deputies' groups of 16 have one vice leader). Size and "has a leader" are health checks; the
 * vice-leader maximum is enforced.
 */
export interface GroupRules {
  minSize: number;
  maxSize: number;
  maxViceLeaders: number;
}
export const DEFAULT_GROUP_RULES: Record<CongressLevel, GroupRules> = {
  TOWNSHIP: { minSize: 5, maxSize: 30, maxViceLeaders: 2 },
  COUNTY: { minSize: 14, maxSize: 24, maxViceLeaders: 2 },
  CITY: { minSize: 14, maxSize: 24, maxViceLeaders: 1 },
  PROVINCE: { minSize: 14, maxSize: 40, maxViceLeaders: 2 },
  NATIONAL: { minSize: 14, maxSize: 60, maxViceLeaders: 2 },
};

/** Where staff override the group rules (app_setting key); a partial value per level is merged. */
export const GROUP_RULES_SETTING = 'groups.rules';

/** The defaults with a stored override laid over them, level by level and rule by rule. */
export function mergeGroupRules(override: unknown): Record<CongressLevel, GroupRules> {
  const out = { ...DEFAULT_GROUP_RULES };
  if (!override || typeof override !== 'object') return out;
  for (const level of CONGRESS_LEVELS) {
    const o = (override as Record<string, unknown>)[level];
    if (!o || typeof o !== 'object') continue;
    const pick = (k: keyof GroupRules) => {
      const v = (o as Record<string, unknown>)[k];
      return Number.isInteger(v) && (v as number) >= 0 ? (v as number) : DEFAULT_GROUP_RULES[level][k];
    };
    out[level] = { minSize: pick('minSize'), maxSize: pick('maxSize'), maxViceLeaders: pick('maxViceLeaders') };
  }
  return out;
}

/** One group's health against its level's rules: problems to show, never reasons to refuse. */
export interface GroupHealth {
  size: number;
  hasLeader: boolean;
  viceLeaders: number;
  sizeOk: boolean;
  problems: ('TOO_SMALL' | 'TOO_LARGE' | 'NO_LEADER')[];
}
export function groupHealth(rules: GroupRules, members: { role: GroupRole }[]): GroupHealth {
  const size = members.length;
  const hasLeader = members.some((m) => m.role === 'LEADER');
  const problems: GroupHealth['problems'] = [];
  if (size < rules.minSize) problems.push('TOO_SMALL');
  if (size > rules.maxSize) problems.push('TOO_LARGE');
  if (!hasLeader) problems.push('NO_LEADER');
  return { size, hasLeader, viceLeaders: members.filter((m) => m.role === 'VICE_LEADER').length, sizeOk: size >= rules.minSize && size <= rules.maxSize, problems };
}
export const GROUP_HEALTH_PROBLEM_LABELS: Labels<GroupHealth['problems'][number]> = {
  TOO_SMALL: { zh: '人数不足', en: 'Too few members' },
  TOO_LARGE: { zh: '人数超出', en: 'Too many members' },
  NO_LEADER: { zh: '缺组长', en: 'No leader' },
};

/**
 * How deep each division kind sits in the tree: a child sits deeper than its parent
 * (district → subdistrict/township/town → community/village).
 */
export const DIVISION_KIND_DEPTH: Record<DivisionKind, number> = {
  PROVINCE: 0, CITY: 1, DISTRICT: 2, SUBDISTRICT: 3, TOWNSHIP: 3, TOWN: 3, COMMUNITY: 4, VILLAGE: 4,
};

/** Finds the code of a label given in either language or as the code itself ("男", "Male", "MALE"). */
export function codeFromLabel<T extends string>(labels: Labels<T>, text: string): T | null {
  const t = text.trim();
  if (!t) return null;
  const lower = t.toLowerCase();
  for (const [code, l] of Object.entries(labels) as [T, { zh: string; en: string }][]) {
    if (code.toLowerCase() === lower || l.zh === t || l.en.toLowerCase() === lower) return code;
  }
  return null;
}
