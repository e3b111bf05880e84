import { registerEnumType } from 'type-graphql';
import {
  CONGRESS_LEVELS, DEPUTY_STATUSES, DIVISION_KINDS, EDUCATIONS, ELECTORAL_DISTRICT_KINDS, GENDERS, GROUP_BASES, GROUP_ROLES,
  LIAISON_STATION_KINDS, MANDATE_END_REASONS, OCCUPATION_CATEGORIES, ORGANIZATION_KINDS, PARTIES,
  type CongressLevel, type DeputyStatus, type DivisionKind, type Education, type ElectoralDistrictKind, type Gender, type GroupBasis,
  type GroupRole, type LiaisonStationKind, type MandateEndReason, type OccupationCategory, type OrganizationKind, type Party,
  CONGRESS_LEVEL_LABELS, DIVISION_KIND_LABELS, ELECTORAL_DISTRICT_KIND_LABELS, ORGANIZATION_KIND_LABELS, GENDER_LABELS, PARTY_LABELS, EDUCATION_LABELS,
  OCCUPATION_CATEGORY_LABELS, DEPUTY_STATUS_LABELS, MANDATE_END_REASON_LABELS, GROUP_BASIS_LABELS, GROUP_ROLE_LABELS, LIAISON_STATION_KIND_LABELS,
} from '@luzhi/shared';
import { describeValues, enumFrom } from '../../common/enums';

export const CongressLevelEnum = enumFrom<CongressLevel>(CONGRESS_LEVELS);
export const DivisionKindEnum = enumFrom<DivisionKind>(DIVISION_KINDS);
export const ElectoralDistrictKindEnum = enumFrom<ElectoralDistrictKind>(ELECTORAL_DISTRICT_KINDS);
export const OrganizationKindEnum = enumFrom<OrganizationKind>(ORGANIZATION_KINDS);
export const GenderEnum = enumFrom<Gender>(GENDERS);
export const PartyEnum = enumFrom<Party>(PARTIES);
export const EducationEnum = enumFrom<Education>(EDUCATIONS);
export const OccupationCategoryEnum = enumFrom<OccupationCategory>(OCCUPATION_CATEGORIES);
export const DeputyStatusEnum = enumFrom<DeputyStatus>(DEPUTY_STATUSES);
export const MandateEndReasonEnum = enumFrom<MandateEndReason>(MANDATE_END_REASONS);
export const GroupBasisEnum = enumFrom<GroupBasis>(GROUP_BASES);
export const GroupRoleEnum = enumFrom<GroupRole>(GROUP_ROLES);
export const LiaisonStationKindEnum = enumFrom<LiaisonStationKind>(LIAISON_STATION_KINDS);

registerEnumType(CongressLevelEnum, { name: 'CongressLevel', description: '人大层级 / Level of a congress', valuesConfig: describeValues(CONGRESS_LEVEL_LABELS) });
registerEnumType(DivisionKindEnum, { name: 'DivisionKind', description: '行政区划类型 / Kind of administrative division', valuesConfig: describeValues(DIVISION_KIND_LABELS) });
registerEnumType(ElectoralDistrictKindEnum, { name: 'ElectoralDistrictKind', description: '选区或选举单位 / Constituency or electoral unit', valuesConfig: describeValues(ELECTORAL_DISTRICT_KIND_LABELS) });
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind', description: '单位类型 / Kind of organization', valuesConfig: describeValues(ORGANIZATION_KIND_LABELS) });
registerEnumType(GenderEnum, { name: 'Gender', description: '性别 / Gender', valuesConfig: describeValues(GENDER_LABELS) });
registerEnumType(PartyEnum, { name: 'Party', description: '政治面貌 / Party affiliation', valuesConfig: describeValues(PARTY_LABELS) });
registerEnumType(EducationEnum, { name: 'Education', description: '学历 / Education', valuesConfig: describeValues(EDUCATION_LABELS) });
registerEnumType(OccupationCategoryEnum, { name: 'OccupationCategory', description: '代表构成类别 / Occupation category of the composition report', valuesConfig: describeValues(OCCUPATION_CATEGORY_LABELS) });
registerEnumType(DeputyStatusEnum, { name: 'DeputyStatus', description: '代表状态 / Status of a deputy', valuesConfig: describeValues(DEPUTY_STATUS_LABELS) });
registerEnumType(MandateEndReasonEnum, { name: 'MandateEndReason', description: '代表资格终止原因 / Why a mandate ended', valuesConfig: describeValues(MANDATE_END_REASON_LABELS) });
registerEnumType(GroupBasisEnum, { name: 'GroupBasis', description: '小组划分方式 / How a group is formed', valuesConfig: describeValues(GROUP_BASIS_LABELS) });
registerEnumType(GroupRoleEnum, { name: 'GroupRole', description: '小组职务 / Role in a group', valuesConfig: describeValues(GROUP_ROLE_LABELS) });
registerEnumType(LiaisonStationKindEnum, { name: 'LiaisonStationKind', description: '联络站类型 / Kind of liaison station', valuesConfig: describeValues(LIAISON_STATION_KIND_LABELS) });
