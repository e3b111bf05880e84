/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Deputies($first: Int, $after: String, $filter: DeputyFilter, $sort: DeputySort) {\n    deputies(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id name nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status\n        groupMemberships { id role group { id name } }\n      }\n    }\n  }\n": typeof types.DeputiesDocument,
    "\n  query DeputyFilterData {\n    terms { id name congress { name level } }\n    groups { id name termId }\n    divisions { id name parentId }\n    sectors { id name }\n  }\n": typeof types.DeputyFilterDataDocument,
    "\n  query DeputyDetail($id: ID!) {\n    deputy(id: $id) {\n      id name namePinyin nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status version\n      mandates { id startDate endDate endReason version term { id name congress { id name level } } electoralDistrict { id name } }\n      groupHistory { id role startDate endDate group { id name } }\n    }\n    terms { id name congressId congress { name } }\n    electoralDistricts { id name congressId }\n  }\n": typeof types.DeputyDetailDocument,
    "mutation AddMandate($deputyId: ID!, $input: MandateInput!) { addMandate(deputyId: $deputyId, input: $input) { id } }": typeof types.AddMandateDocument,
    "mutation EndMandate($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate } }": typeof types.EndMandateDocument,
    "mutation CreateDeputy($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }": typeof types.CreateDeputyDocument,
    "mutation UpdateDeputy($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateDeputyDocument,
    "query DeputyFormTerms { terms { id name congress { name } } }": typeof types.DeputyFormTermsDocument,
    "\n  query DeputyImport($id: ID!) {\n    deputyImport(id: $id) {\n      id filename status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount\n      insertedCount updatedCount linkedCount excludedRows failure\n      problems(first: 200) { row column reason }\n    }\n  }\n": typeof types.DeputyImportDocument,
    "mutation ApplyDeputyImport($id: ID!, $excludeRows: [Int!]) { applyDeputyImport(id: $id, excludeRows: $excludeRows) { id status } }": typeof types.ApplyDeputyImportDocument,
    "query ImportTerms { terms { id name congress { name } } }": typeof types.ImportTermsDocument,
    "\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      id name basis termId version memberCount level description\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role version startDate deputy { id name gender party workUnit position } }\n    }\n  }\n": typeof types.GroupDetailDocument,
    "query SameTermGroups($termId: ID) { groups(filter: { termId: $termId }) { id name } }": typeof types.SameTermGroupsDocument,
    "query FindDeputies($filter: DeputyFilter) { deputies(filter: $filter, first: 20) { nodes { id name workUnit groupMemberships { group { name termId } } } } }": typeof types.FindDeputiesDocument,
    "mutation AddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }": typeof types.AddGroupMemberDocument,
    "mutation MoveGroupMember($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id } }": typeof types.MoveGroupMemberDocument,
    "mutation SetGroupMemberRole($id: ID!, $version: Int!, $role: GroupRole!) { setGroupMemberRole(id: $id, version: $version, role: $role) { id role version } }": typeof types.SetGroupMemberRoleDocument,
    "mutation EndGroupMember($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }": typeof types.EndGroupMemberDocument,
    "\n  query Groups($filter: GroupFilter) {\n    groups(filter: $filter) {\n      id name basis termId version memberCount level\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role deputy { id name } }\n    }\n    terms { id name congress { name } }\n    divisions { id name }\n    sectors { id name }\n  }\n": typeof types.GroupsDocument,
    "mutation CreateGroup($input: GroupInput!) { createGroup(input: $input) { id } }": typeof types.CreateGroupDocument,
    "query Sectors { sectors { id name description version } }": typeof types.SectorsDocument,
    "mutation CreateSector($input: SectorInput!) { createSector(input: $input) { id } }": typeof types.CreateSectorDocument,
    "mutation UpdateSector($id: ID!, $version: Int!, $input: SectorInput!) { updateSector(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateSectorDocument,
    "mutation DeleteSector($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) }": typeof types.DeleteSectorDocument,
    "\n  query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id name kind parentId divisionId handlesSuggestions contactPerson contactPhone version parent { id name } }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }": typeof types.CreateOrganizationDocument,
    "mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateOrganizationDocument,
    "mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }": typeof types.DeleteOrganizationDocument,
    "query Regulations { regulations { id title congressId adoptedOn interim inForce body version } congresses { id name } }": typeof types.RegulationsDocument,
    "mutation CreateRegulation($input: RegulationInput!) { createRegulation(input: $input) { id } }": typeof types.CreateRegulationDocument,
    "mutation UpdateRegulation($id: ID!, $version: Int!, $input: RegulationInput!) { updateRegulation(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateRegulationDocument,
    "mutation DeleteRegulation($id: ID!, $version: Int!) { deleteRegulation(id: $id, version: $version) }": typeof types.DeleteRegulationDocument,
    "query LiaisonStations { liaisonStations { id name kind divisionId address openingHours version } divisions { id name kind parentId } }": typeof types.LiaisonStationsDocument,
    "mutation CreateLiaisonStation($input: LiaisonStationInput!) { createLiaisonStation(input: $input) { id } }": typeof types.CreateLiaisonStationDocument,
    "mutation UpdateLiaisonStation($id: ID!, $version: Int!, $input: LiaisonStationInput!) { updateLiaisonStation(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateLiaisonStationDocument,
    "mutation DeleteLiaisonStation($id: ID!, $version: Int!) { deleteLiaisonStation(id: $id, version: $version) }": typeof types.DeleteLiaisonStationDocument,
    "\n  query CongressSettings {\n    congresses { id name level region divisionId version }\n    terms { id congressId number name startDate endDate version }\n    sessions { id termId number name startDate endDate version }\n    electoralDistricts { id congressId kind name divisionId version }\n    groupRules { level minSize maxSize maxViceLeaders }\n    divisions { id name }\n  }\n": typeof types.CongressSettingsDocument,
    "mutation CreateCongress($input: CongressInput!) { createCongress(input: $input) { id } }": typeof types.CreateCongressDocument,
    "mutation UpdateCongress($id: ID!, $version: Int!, $input: CongressInput!) { updateCongress(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateCongressDocument,
    "mutation DeleteCongress($id: ID!, $version: Int!) { deleteCongress(id: $id, version: $version) }": typeof types.DeleteCongressDocument,
    "mutation CreateTerm($input: TermInput!) { createTerm(input: $input) { id } }": typeof types.CreateTermDocument,
    "mutation UpdateTerm($id: ID!, $version: Int!, $input: TermInput!) { updateTerm(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateTermDocument,
    "mutation DeleteTerm($id: ID!, $version: Int!) { deleteTerm(id: $id, version: $version) }": typeof types.DeleteTermDocument,
    "mutation CreateSession($input: SessionInput!) { createSession(input: $input) { id } }": typeof types.CreateSessionDocument,
    "mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) { updateSession(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateSessionDocument,
    "mutation DeleteSession($id: ID!, $version: Int!) { deleteSession(id: $id, version: $version) }": typeof types.DeleteSessionDocument,
    "mutation CreateElectoralDistrict($input: ElectoralDistrictInput!) { createElectoralDistrict(input: $input) { id } }": typeof types.CreateElectoralDistrictDocument,
    "mutation UpdateElectoralDistrict($id: ID!, $version: Int!, $input: ElectoralDistrictInput!) { updateElectoralDistrict(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateElectoralDistrictDocument,
    "mutation DeleteElectoralDistrict($id: ID!, $version: Int!) { deleteElectoralDistrict(id: $id, version: $version) }": typeof types.DeleteElectoralDistrictDocument,
    "mutation SetGroupRules($input: GroupRulesInput!) { setGroupRules(input: $input) { level minSize maxSize maxViceLeaders } }": typeof types.SetGroupRulesDocument,
    "query Divisions { divisions { id parentId kind name code version } }": typeof types.DivisionsDocument,
    "mutation CreateDivision($input: DivisionInput!) { createDivision(input: $input) { id } }": typeof types.CreateDivisionDocument,
    "mutation UpdateDivision($id: ID!, $version: Int!, $input: DivisionInput!) { updateDivision(id: $id, version: $version, input: $input) { id version } }": typeof types.UpdateDivisionDocument,
    "mutation DeleteDivision($id: ID!, $version: Int!) { deleteDivision(id: $id, version: $version) }": typeof types.DeleteDivisionDocument,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n": typeof types.ResetPasswordDocument,
    "\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n": typeof types.EndUserSessionsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Deputies($first: Int, $after: String, $filter: DeputyFilter, $sort: DeputySort) {\n    deputies(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id name nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status\n        groupMemberships { id role group { id name } }\n      }\n    }\n  }\n": types.DeputiesDocument,
    "\n  query DeputyFilterData {\n    terms { id name congress { name level } }\n    groups { id name termId }\n    divisions { id name parentId }\n    sectors { id name }\n  }\n": types.DeputyFilterDataDocument,
    "\n  query DeputyDetail($id: ID!) {\n    deputy(id: $id) {\n      id name namePinyin nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status version\n      mandates { id startDate endDate endReason version term { id name congress { id name level } } electoralDistrict { id name } }\n      groupHistory { id role startDate endDate group { id name } }\n    }\n    terms { id name congressId congress { name } }\n    electoralDistricts { id name congressId }\n  }\n": types.DeputyDetailDocument,
    "mutation AddMandate($deputyId: ID!, $input: MandateInput!) { addMandate(deputyId: $deputyId, input: $input) { id } }": types.AddMandateDocument,
    "mutation EndMandate($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate } }": types.EndMandateDocument,
    "mutation CreateDeputy($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }": types.CreateDeputyDocument,
    "mutation UpdateDeputy($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id version } }": types.UpdateDeputyDocument,
    "query DeputyFormTerms { terms { id name congress { name } } }": types.DeputyFormTermsDocument,
    "\n  query DeputyImport($id: ID!) {\n    deputyImport(id: $id) {\n      id filename status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount\n      insertedCount updatedCount linkedCount excludedRows failure\n      problems(first: 200) { row column reason }\n    }\n  }\n": types.DeputyImportDocument,
    "mutation ApplyDeputyImport($id: ID!, $excludeRows: [Int!]) { applyDeputyImport(id: $id, excludeRows: $excludeRows) { id status } }": types.ApplyDeputyImportDocument,
    "query ImportTerms { terms { id name congress { name } } }": types.ImportTermsDocument,
    "\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      id name basis termId version memberCount level description\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role version startDate deputy { id name gender party workUnit position } }\n    }\n  }\n": types.GroupDetailDocument,
    "query SameTermGroups($termId: ID) { groups(filter: { termId: $termId }) { id name } }": types.SameTermGroupsDocument,
    "query FindDeputies($filter: DeputyFilter) { deputies(filter: $filter, first: 20) { nodes { id name workUnit groupMemberships { group { name termId } } } } }": types.FindDeputiesDocument,
    "mutation AddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }": types.AddGroupMemberDocument,
    "mutation MoveGroupMember($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id } }": types.MoveGroupMemberDocument,
    "mutation SetGroupMemberRole($id: ID!, $version: Int!, $role: GroupRole!) { setGroupMemberRole(id: $id, version: $version, role: $role) { id role version } }": types.SetGroupMemberRoleDocument,
    "mutation EndGroupMember($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }": types.EndGroupMemberDocument,
    "\n  query Groups($filter: GroupFilter) {\n    groups(filter: $filter) {\n      id name basis termId version memberCount level\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role deputy { id name } }\n    }\n    terms { id name congress { name } }\n    divisions { id name }\n    sectors { id name }\n  }\n": types.GroupsDocument,
    "mutation CreateGroup($input: GroupInput!) { createGroup(input: $input) { id } }": types.CreateGroupDocument,
    "query Sectors { sectors { id name description version } }": types.SectorsDocument,
    "mutation CreateSector($input: SectorInput!) { createSector(input: $input) { id } }": types.CreateSectorDocument,
    "mutation UpdateSector($id: ID!, $version: Int!, $input: SectorInput!) { updateSector(id: $id, version: $version, input: $input) { id version } }": types.UpdateSectorDocument,
    "mutation DeleteSector($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) }": types.DeleteSectorDocument,
    "\n  query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id name kind parentId divisionId handlesSuggestions contactPerson contactPhone version parent { id name } }\n    }\n  }\n": types.OrganizationsDocument,
    "mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }": types.CreateOrganizationDocument,
    "mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version } }": types.UpdateOrganizationDocument,
    "mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }": types.DeleteOrganizationDocument,
    "query Regulations { regulations { id title congressId adoptedOn interim inForce body version } congresses { id name } }": types.RegulationsDocument,
    "mutation CreateRegulation($input: RegulationInput!) { createRegulation(input: $input) { id } }": types.CreateRegulationDocument,
    "mutation UpdateRegulation($id: ID!, $version: Int!, $input: RegulationInput!) { updateRegulation(id: $id, version: $version, input: $input) { id version } }": types.UpdateRegulationDocument,
    "mutation DeleteRegulation($id: ID!, $version: Int!) { deleteRegulation(id: $id, version: $version) }": types.DeleteRegulationDocument,
    "query LiaisonStations { liaisonStations { id name kind divisionId address openingHours version } divisions { id name kind parentId } }": types.LiaisonStationsDocument,
    "mutation CreateLiaisonStation($input: LiaisonStationInput!) { createLiaisonStation(input: $input) { id } }": types.CreateLiaisonStationDocument,
    "mutation UpdateLiaisonStation($id: ID!, $version: Int!, $input: LiaisonStationInput!) { updateLiaisonStation(id: $id, version: $version, input: $input) { id version } }": types.UpdateLiaisonStationDocument,
    "mutation DeleteLiaisonStation($id: ID!, $version: Int!) { deleteLiaisonStation(id: $id, version: $version) }": types.DeleteLiaisonStationDocument,
    "\n  query CongressSettings {\n    congresses { id name level region divisionId version }\n    terms { id congressId number name startDate endDate version }\n    sessions { id termId number name startDate endDate version }\n    electoralDistricts { id congressId kind name divisionId version }\n    groupRules { level minSize maxSize maxViceLeaders }\n    divisions { id name }\n  }\n": types.CongressSettingsDocument,
    "mutation CreateCongress($input: CongressInput!) { createCongress(input: $input) { id } }": types.CreateCongressDocument,
    "mutation UpdateCongress($id: ID!, $version: Int!, $input: CongressInput!) { updateCongress(id: $id, version: $version, input: $input) { id version } }": types.UpdateCongressDocument,
    "mutation DeleteCongress($id: ID!, $version: Int!) { deleteCongress(id: $id, version: $version) }": types.DeleteCongressDocument,
    "mutation CreateTerm($input: TermInput!) { createTerm(input: $input) { id } }": types.CreateTermDocument,
    "mutation UpdateTerm($id: ID!, $version: Int!, $input: TermInput!) { updateTerm(id: $id, version: $version, input: $input) { id version } }": types.UpdateTermDocument,
    "mutation DeleteTerm($id: ID!, $version: Int!) { deleteTerm(id: $id, version: $version) }": types.DeleteTermDocument,
    "mutation CreateSession($input: SessionInput!) { createSession(input: $input) { id } }": types.CreateSessionDocument,
    "mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) { updateSession(id: $id, version: $version, input: $input) { id version } }": types.UpdateSessionDocument,
    "mutation DeleteSession($id: ID!, $version: Int!) { deleteSession(id: $id, version: $version) }": types.DeleteSessionDocument,
    "mutation CreateElectoralDistrict($input: ElectoralDistrictInput!) { createElectoralDistrict(input: $input) { id } }": types.CreateElectoralDistrictDocument,
    "mutation UpdateElectoralDistrict($id: ID!, $version: Int!, $input: ElectoralDistrictInput!) { updateElectoralDistrict(id: $id, version: $version, input: $input) { id version } }": types.UpdateElectoralDistrictDocument,
    "mutation DeleteElectoralDistrict($id: ID!, $version: Int!) { deleteElectoralDistrict(id: $id, version: $version) }": types.DeleteElectoralDistrictDocument,
    "mutation SetGroupRules($input: GroupRulesInput!) { setGroupRules(input: $input) { level minSize maxSize maxViceLeaders } }": types.SetGroupRulesDocument,
    "query Divisions { divisions { id parentId kind name code version } }": types.DivisionsDocument,
    "mutation CreateDivision($input: DivisionInput!) { createDivision(input: $input) { id } }": types.CreateDivisionDocument,
    "mutation UpdateDivision($id: ID!, $version: Int!, $input: DivisionInput!) { updateDivision(id: $id, version: $version, input: $input) { id version } }": types.UpdateDivisionDocument,
    "mutation DeleteDivision($id: ID!, $version: Int!) { deleteDivision(id: $id, version: $version) }": types.DeleteDivisionDocument,
    "\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n": types.ResetPasswordDocument,
    "\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n": types.EndUserSessionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user { id username displayName role locale scopeOrganizationId scopeDeputyId scopeGroupId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): (typeof documents)["\n  mutation Logout { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deputies($first: Int, $after: String, $filter: DeputyFilter, $sort: DeputySort) {\n    deputies(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id name nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status\n        groupMemberships { id role group { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Deputies($first: Int, $after: String, $filter: DeputyFilter, $sort: DeputySort) {\n    deputies(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes {\n        id name nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status\n        groupMemberships { id role group { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyFilterData {\n    terms { id name congress { name level } }\n    groups { id name termId }\n    divisions { id name parentId }\n    sectors { id name }\n  }\n"): (typeof documents)["\n  query DeputyFilterData {\n    terms { id name congress { name level } }\n    groups { id name termId }\n    divisions { id name parentId }\n    sectors { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyDetail($id: ID!) {\n    deputy(id: $id) {\n      id name namePinyin nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status version\n      mandates { id startDate endDate endReason version term { id name congress { id name level } } electoralDistrict { id name } }\n      groupHistory { id role startDate endDate group { id name } }\n    }\n    terms { id name congressId congress { name } }\n    electoralDistricts { id name congressId }\n  }\n"): (typeof documents)["\n  query DeputyDetail($id: ID!) {\n    deputy(id: $id) {\n      id name namePinyin nameInitials gender ethnicity birthDate age party education occupationCategory workUnit position phone idNumber address status version\n      mandates { id startDate endDate endReason version term { id name congress { id name level } } electoralDistrict { id name } }\n      groupHistory { id role startDate endDate group { id name } }\n    }\n    terms { id name congressId congress { name } }\n    electoralDistricts { id name congressId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddMandate($deputyId: ID!, $input: MandateInput!) { addMandate(deputyId: $deputyId, input: $input) { id } }"): (typeof documents)["mutation AddMandate($deputyId: ID!, $input: MandateInput!) { addMandate(deputyId: $deputyId, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndMandate($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate } }"): (typeof documents)["mutation EndMandate($id: ID!, $input: EndMandateInput!) { endMandate(id: $id, input: $input) { id endDate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDeputy($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }"): (typeof documents)["mutation CreateDeputy($input: CreateDeputyInput!) { createDeputy(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDeputy($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateDeputy($id: ID!, $version: Int!, $input: DeputyInput!) { updateDeputy(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DeputyFormTerms { terms { id name congress { name } } }"): (typeof documents)["query DeputyFormTerms { terms { id name congress { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeputyImport($id: ID!) {\n    deputyImport(id: $id) {\n      id filename status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount\n      insertedCount updatedCount linkedCount excludedRows failure\n      problems(first: 200) { row column reason }\n    }\n  }\n"): (typeof documents)["\n  query DeputyImport($id: ID!) {\n    deputyImport(id: $id) {\n      id filename status progress processedRows totalRows invalidRowCount invalidRows problemCount newCount changedCount unchangedCount\n      insertedCount updatedCount linkedCount excludedRows failure\n      problems(first: 200) { row column reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyDeputyImport($id: ID!, $excludeRows: [Int!]) { applyDeputyImport(id: $id, excludeRows: $excludeRows) { id status } }"): (typeof documents)["mutation ApplyDeputyImport($id: ID!, $excludeRows: [Int!]) { applyDeputyImport(id: $id, excludeRows: $excludeRows) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportTerms { terms { id name congress { name } } }"): (typeof documents)["query ImportTerms { terms { id name congress { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      id name basis termId version memberCount level description\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role version startDate deputy { id name gender party workUnit position } }\n    }\n  }\n"): (typeof documents)["\n  query GroupDetail($id: ID!) {\n    group(id: $id) {\n      id name basis termId version memberCount level description\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role version startDate deputy { id name gender party workUnit position } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SameTermGroups($termId: ID) { groups(filter: { termId: $termId }) { id name } }"): (typeof documents)["query SameTermGroups($termId: ID) { groups(filter: { termId: $termId }) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FindDeputies($filter: DeputyFilter) { deputies(filter: $filter, first: 20) { nodes { id name workUnit groupMemberships { group { name termId } } } } }"): (typeof documents)["query FindDeputies($filter: DeputyFilter) { deputies(filter: $filter, first: 20) { nodes { id name workUnit groupMemberships { group { name termId } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }"): (typeof documents)["mutation AddGroupMember($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveGroupMember($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id } }"): (typeof documents)["mutation MoveGroupMember($id: ID!, $input: MoveGroupMemberInput!) { moveGroupMember(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGroupMemberRole($id: ID!, $version: Int!, $role: GroupRole!) { setGroupMemberRole(id: $id, version: $version, role: $role) { id role version } }"): (typeof documents)["mutation SetGroupMemberRole($id: ID!, $version: Int!, $role: GroupRole!) { setGroupMemberRole(id: $id, version: $version, role: $role) { id role version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndGroupMember($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }"): (typeof documents)["mutation EndGroupMember($id: ID!, $input: EndGroupMemberInput!) { endGroupMember(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($filter: GroupFilter) {\n    groups(filter: $filter) {\n      id name basis termId version memberCount level\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role deputy { id name } }\n    }\n    terms { id name congress { name } }\n    divisions { id name }\n    sectors { id name }\n  }\n"): (typeof documents)["\n  query Groups($filter: GroupFilter) {\n    groups(filter: $filter) {\n      id name basis termId version memberCount level\n      term { id name congress { name } }\n      division { id name } sector { id name }\n      health { size minSize maxSize sizeOk hasLeader viceLeaders maxViceLeaders problems }\n      members { id role deputy { id name } }\n    }\n    terms { id name congress { name } }\n    divisions { id name }\n    sectors { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateGroup($input: GroupInput!) { createGroup(input: $input) { id } }"): (typeof documents)["mutation CreateGroup($input: GroupInput!) { createGroup(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sectors { sectors { id name description version } }"): (typeof documents)["query Sectors { sectors { id name description version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSector($input: SectorInput!) { createSector(input: $input) { id } }"): (typeof documents)["mutation CreateSector($input: SectorInput!) { createSector(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSector($id: ID!, $version: Int!, $input: SectorInput!) { updateSector(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateSector($id: ID!, $version: Int!, $input: SectorInput!) { updateSector(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSector($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) }"): (typeof documents)["mutation DeleteSector($id: ID!, $version: Int!) { deleteSector(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id name kind parentId divisionId handlesSuggestions contactPerson contactPhone version parent { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($first: Int, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { id name kind parentId divisionId handlesSuggestions contactPerson contactPhone version parent { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }"): (typeof documents)["mutation CreateOrganization($input: OrganizationInput!) { createOrganization(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateOrganization($id: ID!, $version: Int!, $input: OrganizationInput!) { updateOrganization(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }"): (typeof documents)["mutation DeleteOrganization($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Regulations { regulations { id title congressId adoptedOn interim inForce body version } congresses { id name } }"): (typeof documents)["query Regulations { regulations { id title congressId adoptedOn interim inForce body version } congresses { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateRegulation($input: RegulationInput!) { createRegulation(input: $input) { id } }"): (typeof documents)["mutation CreateRegulation($input: RegulationInput!) { createRegulation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateRegulation($id: ID!, $version: Int!, $input: RegulationInput!) { updateRegulation(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateRegulation($id: ID!, $version: Int!, $input: RegulationInput!) { updateRegulation(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteRegulation($id: ID!, $version: Int!) { deleteRegulation(id: $id, version: $version) }"): (typeof documents)["mutation DeleteRegulation($id: ID!, $version: Int!) { deleteRegulation(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiaisonStations { liaisonStations { id name kind divisionId address openingHours version } divisions { id name kind parentId } }"): (typeof documents)["query LiaisonStations { liaisonStations { id name kind divisionId address openingHours version } divisions { id name kind parentId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateLiaisonStation($input: LiaisonStationInput!) { createLiaisonStation(input: $input) { id } }"): (typeof documents)["mutation CreateLiaisonStation($input: LiaisonStationInput!) { createLiaisonStation(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateLiaisonStation($id: ID!, $version: Int!, $input: LiaisonStationInput!) { updateLiaisonStation(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateLiaisonStation($id: ID!, $version: Int!, $input: LiaisonStationInput!) { updateLiaisonStation(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteLiaisonStation($id: ID!, $version: Int!) { deleteLiaisonStation(id: $id, version: $version) }"): (typeof documents)["mutation DeleteLiaisonStation($id: ID!, $version: Int!) { deleteLiaisonStation(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CongressSettings {\n    congresses { id name level region divisionId version }\n    terms { id congressId number name startDate endDate version }\n    sessions { id termId number name startDate endDate version }\n    electoralDistricts { id congressId kind name divisionId version }\n    groupRules { level minSize maxSize maxViceLeaders }\n    divisions { id name }\n  }\n"): (typeof documents)["\n  query CongressSettings {\n    congresses { id name level region divisionId version }\n    terms { id congressId number name startDate endDate version }\n    sessions { id termId number name startDate endDate version }\n    electoralDistricts { id congressId kind name divisionId version }\n    groupRules { level minSize maxSize maxViceLeaders }\n    divisions { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCongress($input: CongressInput!) { createCongress(input: $input) { id } }"): (typeof documents)["mutation CreateCongress($input: CongressInput!) { createCongress(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateCongress($id: ID!, $version: Int!, $input: CongressInput!) { updateCongress(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateCongress($id: ID!, $version: Int!, $input: CongressInput!) { updateCongress(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteCongress($id: ID!, $version: Int!) { deleteCongress(id: $id, version: $version) }"): (typeof documents)["mutation DeleteCongress($id: ID!, $version: Int!) { deleteCongress(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTerm($input: TermInput!) { createTerm(input: $input) { id } }"): (typeof documents)["mutation CreateTerm($input: TermInput!) { createTerm(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTerm($id: ID!, $version: Int!, $input: TermInput!) { updateTerm(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateTerm($id: ID!, $version: Int!, $input: TermInput!) { updateTerm(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteTerm($id: ID!, $version: Int!) { deleteTerm(id: $id, version: $version) }"): (typeof documents)["mutation DeleteTerm($id: ID!, $version: Int!) { deleteTerm(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateSession($input: SessionInput!) { createSession(input: $input) { id } }"): (typeof documents)["mutation CreateSession($input: SessionInput!) { createSession(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) { updateSession(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateSession($id: ID!, $version: Int!, $input: SessionInput!) { updateSession(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteSession($id: ID!, $version: Int!) { deleteSession(id: $id, version: $version) }"): (typeof documents)["mutation DeleteSession($id: ID!, $version: Int!) { deleteSession(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateElectoralDistrict($input: ElectoralDistrictInput!) { createElectoralDistrict(input: $input) { id } }"): (typeof documents)["mutation CreateElectoralDistrict($input: ElectoralDistrictInput!) { createElectoralDistrict(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateElectoralDistrict($id: ID!, $version: Int!, $input: ElectoralDistrictInput!) { updateElectoralDistrict(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateElectoralDistrict($id: ID!, $version: Int!, $input: ElectoralDistrictInput!) { updateElectoralDistrict(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteElectoralDistrict($id: ID!, $version: Int!) { deleteElectoralDistrict(id: $id, version: $version) }"): (typeof documents)["mutation DeleteElectoralDistrict($id: ID!, $version: Int!) { deleteElectoralDistrict(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetGroupRules($input: GroupRulesInput!) { setGroupRules(input: $input) { level minSize maxSize maxViceLeaders } }"): (typeof documents)["mutation SetGroupRules($input: GroupRulesInput!) { setGroupRules(input: $input) { level minSize maxSize maxViceLeaders } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Divisions { divisions { id parentId kind name code version } }"): (typeof documents)["query Divisions { divisions { id parentId kind name code version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDivision($input: DivisionInput!) { createDivision(input: $input) { id } }"): (typeof documents)["mutation CreateDivision($input: DivisionInput!) { createDivision(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateDivision($id: ID!, $version: Int!, $input: DivisionInput!) { updateDivision(id: $id, version: $version, input: $input) { id version } }"): (typeof documents)["mutation UpdateDivision($id: ID!, $version: Int!, $input: DivisionInput!) { updateDivision(id: $id, version: $version, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteDivision($id: ID!, $version: Int!) { deleteDivision(id: $id, version: $version) }"): (typeof documents)["mutation DeleteDivision($id: ID!, $version: Int!) { deleteDivision(id: $id, version: $version) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int, $after: String, $filter: UserFilter, $sort: UserSort) {\n    users(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      nodes { id username displayName role disabled scopeOrganizationId scopeDeputyId scopeGroupId lastLoginAt version }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id username } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id displayName role disabled version scopeOrganizationId scopeDeputyId scopeGroupId } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n"): (typeof documents)["\n  mutation EndUserSessions($id: ID!) { endUserSessions(id: $id) }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;