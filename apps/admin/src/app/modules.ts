import type { AppRoute } from './routes';
import { homeRoutes } from '../modules/home/routes';
import { userRoutes } from '../modules/users/routes';

/** Every module's pages, in menu order. Add one line per module. */
export const routes: AppRoute[] = [...homeRoutes, ...userRoutes];
import { suggestionRoutes } from '../modules/suggestions/routes';
routes.push(...suggestionRoutes);
