import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { PERMISSIONS as P } from '@luzhi/shared';
import { Allow } from '../../common/auth-checker';
import type { Context } from '../../common/context';
import { toId } from '../../common/pagination';
import { Congress, Session, Term } from './congress.entity';
import { Division } from './division.entity';
import { ElectoralDistrict } from './electoral-district.entity';
import { LiaisonStation } from './liaison-station.entity';
import { Organization } from './organization.entity';
import { Regulation } from './regulation.entity';
import { Sector } from './sector.entity';
import {
  CongressInput, DivisionInput, ElectoralDistrictInput, LiaisonStationInput, OrganizationInput, RegulationInput, SectorInput, SessionInput, TermInput,
} from './registry.inputs';
import { checkDates, checkDivision, checkOrganization, createRecord, deleteRecord, updateRecord } from './registry.service';

const clean = (v: string | null | undefined) => v?.trim() || null;
const optId = (v: string | null | undefined, what: string) => (v ? toId(v, what) : null);

const congress = (i: CongressInput): Partial<Congress> => ({ name: i.name.trim(), level: i.level, divisionId: optId(i.divisionId, 'divisionId'), region: clean(i.region) });
const term = (i: TermInput): Partial<Term> => {
  checkDates(i.startDate, i.endDate);
  return { congressId: toId(i.congressId, 'congressId'), number: i.number, name: i.name.trim(), startDate: i.startDate, endDate: clean(i.endDate) };
};
const session = (i: SessionInput): Partial<Session> => {
  checkDates(i.startDate, i.endDate);
  return { termId: toId(i.termId, 'termId'), number: i.number, name: i.name.trim(), startDate: i.startDate, endDate: clean(i.endDate) };
};
const division = (i: DivisionInput): Partial<Division> => ({ parentId: optId(i.parentId, 'parentId'), kind: i.kind, name: i.name.trim(), code: clean(i.code) });
const sector = (i: SectorInput): Partial<Sector> => ({ name: i.name.trim(), description: clean(i.description) });
const district = (i: ElectoralDistrictInput): Partial<ElectoralDistrict> => ({ congressId: toId(i.congressId, 'congressId'), kind: i.kind, name: i.name.trim(), divisionId: optId(i.divisionId, 'divisionId') });
const organization = (i: OrganizationInput): Partial<Organization> => ({
  name: i.name.trim(), kind: i.kind, parentId: optId(i.parentId, 'parentId'), divisionId: optId(i.divisionId, 'divisionId'),
  handlesSuggestions: i.handlesSuggestions ?? false, contactPerson: clean(i.contactPerson), contactPhone: clean(i.contactPhone),
});
const station = (i: LiaisonStationInput): Partial<LiaisonStation> => ({ name: i.name.trim(), kind: i.kind, divisionId: optId(i.divisionId, 'divisionId'), address: clean(i.address), openingHours: clean(i.openingHours) });
const regulation = (i: RegulationInput): Partial<Regulation> => {
  checkDates(i.adoptedOn, null);
  return { title: i.title.trim(), congressId: optId(i.congressId, 'congressId'), adoptedOn: clean(i.adoptedOn), interim: i.interim ?? false, inForce: i.inForce ?? true, body: i.body ?? '' };
};

const L = {
  congress: { zh: '人大', en: 'congress' }, term: { zh: '届', en: 'term' }, session: { zh: '会议', en: 'session' }, division: { zh: '区划', en: 'division' }, sector: { zh: '系统', en: 'sector' },
  district: { zh: '选区', en: 'electoral district' }, organization: { zh: '单位', en: 'organization' }, station: { zh: '联络站', en: 'liaison station' }, regulation: { zh: '规章制度', en: 'regulation' },
};

const ID_ARG = { description: '编号 / Id' };
const VERSION_ARG = { description: '读取时的版本号 / The version you read' };

/** Staff maintain the registry: each change checks the version and runs in one transaction. */
@Resolver()
export class RegistryMutationResolver {
  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Congress, { description: '新建人大 / Create a congress' })
  createCongress(@Ctx() ctx: Context, @Arg('input', () => CongressInput, { description: '内容 / The values' }) input: CongressInput): Promise<Congress> {
    return createRecord(ctx, Congress, L.congress, congress(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Congress, { description: '修改人大 / Change a congress' })
  updateCongress(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => CongressInput, { description: '内容 / The values' }) input: CongressInput): Promise<Congress> {
    return updateRecord(ctx, Congress, L.congress, toId(id), version, congress(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: '删除人大(无引用时)/ Delete a congress nothing refers to' })
  deleteCongress(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, Congress, L.congress, toId(id), version);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Term, { description: '新建届 / Create a term' })
  createTerm(@Ctx() ctx: Context, @Arg('input', () => TermInput, { description: '内容 / The values' }) input: TermInput): Promise<Term> {
    return createRecord(ctx, Term, L.term, term(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Term, { description: '修改届 / Change a term' })
  updateTerm(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => TermInput, { description: '内容 / The values' }) input: TermInput): Promise<Term> {
    return updateRecord(ctx, Term, L.term, toId(id), version, term(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: '删除届(无引用时)/ Delete a term nothing refers to' })
  deleteTerm(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, Term, L.term, toId(id), version);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Session, { description: '新建会议 / Create a plenary session' })
  createSession(@Ctx() ctx: Context, @Arg('input', () => SessionInput, { description: '内容 / The values' }) input: SessionInput): Promise<Session> {
    return createRecord(ctx, Session, L.session, session(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Session, { description: '修改会议 / Change a plenary session' })
  updateSession(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => SessionInput, { description: '内容 / The values' }) input: SessionInput): Promise<Session> {
    return updateRecord(ctx, Session, L.session, toId(id), version, session(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: '删除会议(无引用时)/ Delete a session nothing refers to' })
  deleteSession(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, Session, L.session, toId(id), version);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Division, { description: '新建区划 / Create a division' })
  createDivision(@Ctx() ctx: Context, @Arg('input', () => DivisionInput, { description: '内容 / The values' }) input: DivisionInput): Promise<Division> {
    return createRecord(ctx, Division, L.division, division(input), checkDivision);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Division, { description: '修改区划(含调整上级)/ Change a division, or move it in the tree' })
  updateDivision(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => DivisionInput, { description: '内容 / The values' }) input: DivisionInput): Promise<Division> {
    return updateRecord(ctx, Division, L.division, toId(id), version, division(input), checkDivision);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: '删除区划(无下级、无引用时)/ Delete a division with no children and nothing referring to it' })
  deleteDivision(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, Division, L.division, toId(id), version);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Sector, { description: '新建系统 / Create a sector' })
  createSector(@Ctx() ctx: Context, @Arg('input', () => SectorInput, { description: '内容 / The values' }) input: SectorInput): Promise<Sector> {
    return createRecord(ctx, Sector, L.sector, sector(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Sector, { description: '修改系统 / Change a sector' })
  updateSector(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => SectorInput, { description: '内容 / The values' }) input: SectorInput): Promise<Sector> {
    return updateRecord(ctx, Sector, L.sector, toId(id), version, sector(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: '删除系统(无引用时)/ Delete a sector nothing refers to' })
  deleteSector(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, Sector, L.sector, toId(id), version);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => ElectoralDistrict, { description: '新建选区或选举单位 / Create an electoral district' })
  createElectoralDistrict(@Ctx() ctx: Context, @Arg('input', () => ElectoralDistrictInput, { description: '内容 / The values' }) input: ElectoralDistrictInput): Promise<ElectoralDistrict> {
    return createRecord(ctx, ElectoralDistrict, L.district, district(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => ElectoralDistrict, { description: '修改选区或选举单位 / Change an electoral district' })
  updateElectoralDistrict(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => ElectoralDistrictInput, { description: '内容 / The values' }) input: ElectoralDistrictInput): Promise<ElectoralDistrict> {
    return updateRecord(ctx, ElectoralDistrict, L.district, toId(id), version, district(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: '删除选区或选举单位(无引用时)/ Delete an electoral district nothing refers to' })
  deleteElectoralDistrict(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, ElectoralDistrict, L.district, toId(id), version);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Organization, { description: '新建单位 / Create an organization' })
  createOrganization(@Ctx() ctx: Context, @Arg('input', () => OrganizationInput, { description: '内容 / The values' }) input: OrganizationInput): Promise<Organization> {
    return createRecord(ctx, Organization, L.organization, organization(input), checkOrganization);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Organization, { description: '修改单位 / Change an organization' })
  updateOrganization(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => OrganizationInput, { description: '内容 / The values' }) input: OrganizationInput): Promise<Organization> {
    return updateRecord(ctx, Organization, L.organization, toId(id), version, organization(input), checkOrganization);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: '删除单位(无引用时)/ Delete an organization nothing refers to' })
  deleteOrganization(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, Organization, L.organization, toId(id), version);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => LiaisonStation, { description: '新建代表联络站 / Create a liaison station' })
  createLiaisonStation(@Ctx() ctx: Context, @Arg('input', () => LiaisonStationInput, { description: '内容 / The values' }) input: LiaisonStationInput): Promise<LiaisonStation> {
    return createRecord(ctx, LiaisonStation, L.station, station(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => LiaisonStation, { description: '修改代表联络站 / Change a liaison station' })
  updateLiaisonStation(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => LiaisonStationInput, { description: '内容 / The values' }) input: LiaisonStationInput): Promise<LiaisonStation> {
    return updateRecord(ctx, LiaisonStation, L.station, toId(id), version, station(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: '删除代表联络站(无引用时)/ Delete a liaison station nothing refers to' })
  deleteLiaisonStation(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, LiaisonStation, L.station, toId(id), version);
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Regulation, { description: '新建规章制度 / Create a regulation' })
  createRegulation(@Ctx() ctx: Context, @Arg('input', () => RegulationInput, { description: '内容 / The values' }) input: RegulationInput): Promise<Regulation> {
    return createRecord(ctx, Regulation, L.regulation, regulation(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Regulation, { description: '修改规章制度 / Change a regulation' })
  updateRegulation(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number, @Arg('input', () => RegulationInput, { description: '内容 / The values' }) input: RegulationInput): Promise<Regulation> {
    return updateRecord(ctx, Regulation, L.regulation, toId(id), version, regulation(input));
  }

  @Allow(P.REGISTRY_WRITE)
  @Mutation(() => Boolean, { description: '删除规章制度(无引用时)/ Delete a regulation nothing refers to' })
  deleteRegulation(@Ctx() ctx: Context, @Arg('id', () => ID, ID_ARG) id: string, @Arg('version', () => Int, VERSION_ARG) version: number): Promise<boolean> {
    return deleteRecord(ctx, Regulation, L.regulation, toId(id), version);
  }
}
