import type { EntityManager } from 'typeorm';
import {
  idNumberCheckChar, type DivisionKind, type Education, type GroupRole, type OccupationCategory, type OrganizationKind, type Party,
} from '@luzhi/shared';
import { Congress, Session, Term } from '../modules/registry/congress.entity';
import { Division } from '../modules/registry/division.entity';
import { Sector } from '../modules/registry/sector.entity';
import { ElectoralDistrict } from '../modules/registry/electoral-district.entity';
import { Organization } from '../modules/registry/organization.entity';
import { LiaisonStation } from '../modules/registry/liaison-station.entity';
import { Regulation } from '../modules/registry/regulation.entity';
import { Deputy } from '../modules/deputies/deputy.entity';
import { Mandate } from '../modules/deputies/mandate.entity';
import { namePinyin } from '../modules/deputies/deputy.pinyin';
import { DeputyGroup, GroupMembership } from '../modules/groups/deputy-group.entity';
import { personName, seeded, type Random } from './random';

/** What later seeds (activities, suggestions, duty records) build on. */
export interface RegistryDemo {
  districtDivisionId: number;
  subdistrictIds: number[];
  townshipIds: number[];
  districtCongressId: number;
  cityCongressId: number;
  districtTermId: number;
  cityTermId: number;
  /** 市第十二届人民代表大会第三次会议 */
  citySession3Id: number;
  districtSessionIds: number[];
  cityDeputyIds: number[];
  districtDeputyIds: number[];
  /** The three groups of city deputies, 16 each. */
  cityGroupIds: number[];
  /** One per subdistrict and township, plus the two sector groups. */
  districtGroupIds: number[];
  /** Units by key: the nine visited in the 2005 inspection and the handling units. */
  org: Record<string, number>;
  stationIds: number[];
}

const SUBDISTRICTS = ['城关街道', '东关街道', '西关街道', '南湖街道', '北苑街道'];
const TOWNSHIPS = ['柳河乡', '石桥乡'];

/** The nine units of the 2005-12-27..29 inspection, in visiting order (names invented). */
export const VISITED_UNITS: [string, string, OrganizationKind][] = [
  ['compA', '恒达机械有限公司', 'ENTERPRISE'],
  ['feed', '丰禾饲料有限公司', 'ENTERPRISE'],
  ['compB', '宏远建材有限公司', 'ENTERPRISE'],
  ['station', '柳河火车站', 'OTHER'],
  ['school', '城关第一小学', 'SCHOOL'],
  ['police', '市公安局柳河分局', 'STATE_ORGAN'],
  ['prison', '市第二监狱', 'STATE_ORGAN'],
  ['community', '东关街道幸福社区', 'COMMUNITY'],
  ['township', '石桥乡人民政府', 'STATE_ORGAN'],
];

/** Units that handle suggestions and answer for findings. */
export const HANDLING_UNITS: [string, string][] = [
  ['drc', '区发展和改革局'],
  ['edu', '区教育局'],
  ['health', '区卫生健康局'],
  ['housing', '区住房和城乡建设局'],
  ['transport', '区交通运输局'],
  ['finance', '区财政局'],
  ['civil', '区民政局'],
  ['env', '区生态环境分局'],
  ['agri', '区农业农村局'],
  ['market', '区市场监督管理局'],
  ['commerce', '区商务局'],
  ['hr', '区人力资源和社会保障局'],
];

const PARTY_WEIGHTS: [Party, number][] = [['CPC', 68], ['NON_PARTY', 16], ['CDL', 3], ['CNDCA', 3], ['CAPD', 3], ['CPWDP', 2], ['ZGD', 2], ['JS', 2], ['RCCK', 1]];
const EDUCATION_WEIGHTS: [Education, number][] = [['POSTGRADUATE', 12], ['UNDERGRADUATE', 45], ['JUNIOR_COLLEGE', 25], ['SECONDARY', 13], ['PRIMARY_OR_BELOW', 5]];
const OCCUPATION_WEIGHTS: [OccupationCategory, number][] = [['CADRE', 30], ['WORKER', 14], ['FARMER', 14], ['PROFESSIONAL', 20], ['ENTERPRISE', 16], ['MILITARY', 2], ['OTHER', 4]];
const POSITIONS: Record<OccupationCategory, string[]> = {
  CADRE: ['街道党工委书记', '区政府副区长', '乡长', '局长', '办事处主任'],
  WORKER: ['车间主任', '技术工人', '班组长'],
  FARMER: ['村党支部书记', '种植大户', '村委会主任'],
  PROFESSIONAL: ['主任医师', '小学校长', '高级教师', '高级工程师', '律师'],
  ENTERPRISE: ['董事长', '总经理', '厂长'],
  MILITARY: ['武装部部长'],
  OTHER: ['社区居委会主任', '个体经营者'],
};

/** Where deputies work, by composition category: units of the demo where there are some. */
const WORK_UNITS: Record<OccupationCategory, string[]> = {
  CADRE: ['柳河区人民政府', '城关街道办事处', '东关街道办事处', '柳河乡人民政府', '区发展和改革局', '区教育局', '区民政局'],
  WORKER: ['恒达机械有限公司', '柳河火车站', '宏远建材有限公司'],
  FARMER: ['柳河东村村民委员会', '石桥西村村民委员会', '柳河南村'],
  PROFESSIONAL: ['城关第一小学', '柳河区人民医院', '柳河区第一中学', '柳河律师事务所'],
  ENTERPRISE: ['恒达机械有限公司', '丰禾饲料有限公司', '宏远建材有限公司'],
  MILITARY: ['柳河区人民武装部'],
  OTHER: ['东关街道幸福社区居民委员会', '个体工商户'],
};

function makeDeputy(r: Random, serial: number, extra: Partial<Deputy> = {}, units?: Random): Partial<Deputy> {
  const name = personName(r);
  const gender = r.next() < 0.3 ? 'FEMALE' : 'MALE';
  const year = r.int(1948, 1978);
  const birth = `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;
  const seq = String(100 + (serial % 900)).padStart(3, '0');
  // The sequence's last digit is odd for men and even for women (GB 11643).
  const seqFixed = seq.slice(0, 2) + String((Number(seq[2]) & ~1) + (gender === 'MALE' ? 1 : 0));
  const first17 = `130102${birth.replace(/-/g, '')}${seqFixed}`;
  const occupation = r.weighted(OCCUPATION_WEIGHTS);
  const { full, initials } = namePinyin(name);
  return {
    name,
    namePinyin: full,
    nameInitials: initials,
    gender,
    ethnicity: r.next() < 0.93 ? '汉族' : r.pick(['回族', '满族', '蒙古族']),
    birthDate: birth,
    party: r.weighted(PARTY_WEIGHTS),
    education: r.weighted(EDUCATION_WEIGHTS),
    occupationCategory: occupation,
    // A generator of its own, so the names and numbers drawn from `r` stay what they were.
    workUnit: units ? units.pick(WORK_UNITS[occupation]) : null,
    position: r.pick(POSITIONS[occupation]),
    phone: `13${r.int(0, 9)}${String(r.int(0, 99999999)).padStart(8, '0')}`,
    idNumber: first17 + idNumberCheckChar(first17),
    address: `柳河区${r.pick([...SUBDISTRICTS, ...TOWNSHIPS])}${r.int(1, 200)}号`,
    status: 'ACTIVE',
    ...extra,
  };
}

export async function seedRegistry(em: EntityManager): Promise<RegistryDemo> {
  const r = seeded(20051227);
  const units = seeded(7);
  const save = <T extends object>(entity: new () => T, values: Partial<T>) => em.getRepository(entity).save(em.getRepository(entity).create(values as T));
  const div = (kind: DivisionKind, name: string, parentId: number | null, code: string | null = null) => save(Division, { kind, name, parentId, code });

  const city = await div('CITY', '柳州湾市', null, '130100');
  const district = await div('DISTRICT', '柳河区', city.id, '130102');
  const subdistricts = [];
  for (const [i, name] of SUBDISTRICTS.entries()) {
    const s = await div('SUBDISTRICT', name, district.id, `1301020${i + 1}`);
    subdistricts.push(s);
    for (const c of ['幸福社区', '和平社区', '建设社区'].slice(0, 2 + (i % 2))) await div('COMMUNITY', `${name.replace('街道', '')}${c}`, s.id);
  }
  const townships = [];
  for (const [i, name] of TOWNSHIPS.entries()) {
    const t = await div('TOWNSHIP', name, district.id, `1301021${i + 1}`);
    townships.push(t);
    for (const v of ['东村', '西村', '南村']) await div('VILLAGE', `${name.replace('乡', '')}${v}`, t.id);
  }

  const cityCongress = await save(Congress, { name: '柳州湾市人民代表大会', level: 'CITY', divisionId: city.id, region: '柳州湾市' });
  const districtCongress = await save(Congress, { name: '柳河区人民代表大会', level: 'COUNTY', divisionId: district.id, region: '柳州湾市柳河区' });
  const cityTerm = await save(Term, { congressId: cityCongress.id, number: 12, name: '第十二届', startDate: '2003-01-15', endDate: '2008-01-14' });
  const districtTerm = await save(Term, { congressId: districtCongress.id, number: 14, name: '第十四届', startDate: '2003-01-08', endDate: '2008-01-07' });
  const citySessions = [];
  for (const [n, date] of [[1, '2003-01-15'], [2, '2004-02-18'], [3, '2006-01-10']] as const) {
    citySessions.push(await save(Session, { termId: cityTerm.id, number: n, name: `柳州湾市第十二届人民代表大会第${'一二三'[n - 1]}次会议`, startDate: date, endDate: null }));
  }
  const districtSessions = [];
  for (const [n, date] of [[1, '2003-01-08'], [2, '2004-01-12'], [3, '2005-01-10'], [4, '2006-01-09']] as const) {
    districtSessions.push(await save(Session, { termId: districtTerm.id, number: n, name: `柳河区第十四届人民代表大会第${'一二三四'[n - 1]}次会议`, startDate: date, endDate: null }));
  }

  const education = await save(Sector, { name: '文教卫生', description: '文化、教育、卫生系统及所属单位' });
  const development = await save(Sector, { name: '发改及区属企业', description: '发展计划改革委员会及下属区属企业' });

  const electoralUnit = await save(ElectoralDistrict, { congressId: cityCongress.id, kind: 'ELECTORAL_UNIT', name: '柳河区人民代表大会', divisionId: district.id });
  const constituencies = [];
  for (const d of [...subdistricts, ...townships]) {
    for (let k = 1; k <= 3; k++) constituencies.push(await save(ElectoralDistrict, { congressId: districtCongress.id, kind: 'CONSTITUENCY', name: `${d.name}第${k}选区`, divisionId: d.id }));
  }

  const org: Record<string, number> = {};
  for (const [key, name, kind] of VISITED_UNITS) org[key] = (await save(Organization, { name, kind, divisionId: district.id, handlesSuggestions: kind === 'STATE_ORGAN' })).id;
  for (const [key, name] of HANDLING_UNITS) {
    org[key] = (await save(Organization, { name, kind: 'STATE_ORGAN', divisionId: district.id, handlesSuggestions: true, contactPerson: personName(r), contactPhone: `0311-8${r.int(1000000, 9999999)}` })).id;
  }
  org.cityRailway = (await save(Organization, { name: '柳州湾铁路办事处', kind: 'STATE_ORGAN', handlesSuggestions: true })).id;

  const stationIds = [];
  for (const d of [...subdistricts, ...townships]) {
    stationIds.push((await save(LiaisonStation, { name: `${d.name}人大代表联络站`, kind: 'STATION', divisionId: d.id, address: `柳河区${d.name}办事处二楼`, openingHours: '每月 15 日上午' })).id);
  }
  stationIds.push((await save(LiaisonStation, { name: '柳河区人大代表之家', kind: 'HOME', divisionId: district.id, address: '柳河区人民路 1 号', openingHours: '每月第一个星期五' })).id);

  await save(Regulation, {
    title: '关于区人大代表联系选民暂行办法',
    congressId: districtCongress.id,
    adoptedOn: '2000-06-28',
    interim: true,
    inForce: true,
    body: [
      '第一条 为密切区人大代表与选民的联系,根据《代表法》,制定本办法。',
      '第二条 区人大代表应当采取走访选民、参加选民接待日等方式,听取和反映选民的意见和要求。',
      '第三条 各代表联络站每月确定一日为选民接待日,由代表轮流接待选民。',
      '第四条 区人大代表每届任期内至少向原选区选民述职一次,接受选民评议。',
      '第五条 代表收集的意见,属于建议、批评和意见的,按规定交有关单位办理。',
      '第六条 本办法自通过之日起施行。',
    ].join('\n'),
  });

  // District deputies: a group per subdistrict and per township, plus two sector groups (14–24 each).
  let serial = 0;
  const deputyRepo = em.getRepository(Deputy);
  const groupSpecs = [
    ...subdistricts.map((d) => ({ name: `${d.name}代表小组`, basis: 'DIVISION' as const, divisionId: d.id, sectorId: null, size: r.int(16, 22) })),
    ...townships.map((d) => ({ name: `${d.name}代表小组`, basis: 'DIVISION' as const, divisionId: d.id, sectorId: null, size: r.int(14, 18) })),
    { name: '文教卫生代表小组', basis: 'SECTOR' as const, divisionId: null, sectorId: education.id, size: 15 },
    { name: '发改及区属企业代表小组', basis: 'SECTOR' as const, divisionId: null, sectorId: development.id, size: 14 },
  ];
  const districtDeputyIds: number[] = [];
  const districtGroupIds: number[] = [];
  for (const [gi, spec] of groupSpecs.entries()) {
    const group = await save(DeputyGroup, { termId: districtTerm.id, name: spec.name, basis: spec.basis, divisionId: spec.divisionId, sectorId: spec.sectorId, description: null });
    districtGroupIds.push(group.id);
    for (let i = 0; i < spec.size; i++) {
      const deputy = await deputyRepo.save(deputyRepo.create(makeDeputy(r, ++serial, {}, units)));
      districtDeputyIds.push(deputy.id);
      const constituency = constituencies[(gi * 3 + i) % constituencies.length]!;
      await save(Mandate, { deputyId: deputy.id, termId: districtTerm.id, electoralDistrictId: constituency.id, startDate: districtTerm.startDate, endDate: null, endReason: null });
      const role: GroupRole = i === 0 ? 'LEADER' : i === 1 || (i === 2 && spec.size >= 18) ? 'VICE_LEADER' : 'MEMBER';
      await save(GroupMembership, { groupId: group.id, deputyId: deputy.id, termId: districtTerm.id, role, startDate: districtTerm.startDate, endDate: null });
    }
  }

  // 48 city deputies elected by the district congress, in three groups of 16 with one leader and
  // one vice leader. The first eight of them also sit in the district congress: one person, two mandates.
  const cityDeputyIds: number[] = [];
  const cityGroupIds: number[] = [];
  for (let g = 0; g < 3; g++) {
    const group = await save(DeputyGroup, { termId: cityTerm.id, name: `在区市人大代表第${'一二三'[g]}小组`, basis: 'DIVISION', divisionId: district.id, sectorId: null, description: '在柳河区选举产生的市人大代表' });
    cityGroupIds.push(group.id);
    for (let i = 0; i < 16; i++) {
      const index = g * 16 + i;
      const id = index < 8 ? districtDeputyIds[index * 3]! : (await deputyRepo.save(deputyRepo.create(makeDeputy(r, ++serial, {}, units)))).id;
      cityDeputyIds.push(id);
      await save(Mandate, { deputyId: id, termId: cityTerm.id, electoralDistrictId: electoralUnit.id, startDate: cityTerm.startDate, endDate: null, endReason: null });
      const role: GroupRole = i === 0 ? 'LEADER' : i === 1 ? 'VICE_LEADER' : 'MEMBER';
      await save(GroupMembership, { groupId: group.id, deputyId: id, termId: cityTerm.id, role, startDate: cityTerm.startDate, endDate: null });
    }
  }

  return {
    districtDivisionId: district.id,
    subdistrictIds: subdistricts.map((s) => s.id),
    townshipIds: townships.map((t) => t.id),
    districtCongressId: districtCongress.id,
    cityCongressId: cityCongress.id,
    districtTermId: districtTerm.id,
    cityTermId: cityTerm.id,
    citySession3Id: citySessions[2]!.id,
    districtSessionIds: districtSessions.map((s) => s.id),
    cityDeputyIds,
    districtDeputyIds,
    cityGroupIds,
    districtGroupIds,
    org,
    stationIds,
  };
}
