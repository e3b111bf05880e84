import type { AppRoute } from './routes';
import { homeRoutes } from '../modules/home/routes';
import { userRoutes } from '../modules/users/routes';
import { analyticsRoutes } from '../modules/analytics/routes';
import { activityRoutes } from '../modules/activities/routes';
import { suggestionRoutes } from '../modules/suggestions/routes';
import { deputyRoutes } from '../modules/deputies/routes';
import { groupRoutes } from '../modules/groups/routes';
import { registryRoutes } from '../modules/registry/routes';
import { dutyRoutes } from '../modules/duty/routes';

/** Every module's pages, in menu order. Add one line per module. */
export const routes: AppRoute[] = [
  ...homeRoutes,
  ...deputyRoutes,
  ...groupRoutes,
  ...registryRoutes,
  ...activityRoutes,
  ...suggestionRoutes,
  ...dutyRoutes,
  ...analyticsRoutes,
  ...userRoutes,
];
