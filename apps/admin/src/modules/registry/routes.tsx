import { ApartmentOutlined, BankOutlined, BookOutlined, ClusterOutlined, HomeOutlined, ShopOutlined } from '@ant-design/icons';
import { PERMISSIONS } from '@luzhi/shared';
import type { AppRoute } from '../../app/routes';
import { CongressesPage, DivisionsPage, LiaisonStationsPage, OrganizationsPage, RegulationsPage, SectorsPage } from './RegistryPages';

export const registryRoutes: AppRoute[] = [
  { path: '/divisions', label: { zh: '行政区划', en: 'Divisions' }, icon: <ApartmentOutlined />, permission: PERMISSIONS.REGISTRY_READ, element: <DivisionsPage />, section: 'registry' },
  { path: '/sectors', label: { zh: '系统', en: 'Sectors' }, icon: <ClusterOutlined />, permission: PERMISSIONS.REGISTRY_READ, element: <SectorsPage />, section: 'registry' },
  { path: '/organizations', label: { zh: '单位', en: 'Organizations' }, icon: <ShopOutlined />, permission: PERMISSIONS.REGISTRY_READ, element: <OrganizationsPage />, section: 'registry' },
  { path: '/liaison-stations', label: { zh: '代表联络站', en: 'Liaison stations' }, icon: <HomeOutlined />, permission: PERMISSIONS.REGISTRY_READ, element: <LiaisonStationsPage />, section: 'registry' },
  { path: '/congresses', label: { zh: '人大、届次与会议', en: 'Congresses, terms, sessions' }, icon: <BankOutlined />, permission: PERMISSIONS.REGISTRY_READ, element: <CongressesPage />, section: 'system' },
  { path: '/regulations', label: { zh: '规章制度', en: 'Regulations' }, icon: <BookOutlined />, permission: PERMISSIONS.REGISTRY_READ, element: <RegulationsPage />, section: 'registry' },
];
