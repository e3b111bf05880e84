import type { AppRoute } from './routes';
import { homeRoutes } from '../modules/home/routes';
import { userRoutes } from '../modules/users/routes';
import { deputyRoutes } from '../modules/deputies/routes';
import { groupRoutes } from '../modules/groups/routes';
import { registryRoutes } from '../modules/registry/routes';

/** Every module's pages, in menu order. Add one line per module. */
export const routes: AppRoute[] = [...homeRoutes, ...userRoutes];
routes.push(...deputyRoutes, ...groupRoutes, ...registryRoutes);
