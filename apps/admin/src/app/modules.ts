import type { AppRoute } from './routes';
import { homeRoutes } from '../modules/home/routes';
import { userRoutes } from '../modules/users/routes';
import { dutyRoutes } from '../modules/duty/routes';

/** Every module's pages, in menu order. Add one line per module. */
export const routes: AppRoute[] = [...homeRoutes, ...userRoutes];
routes.push(...dutyRoutes);
