import { Platform1764300000000 } from './1764300000000-platform';
import { Analytics1764300500000 } from './1764300500000-analytics';

/** In order. Each domain appends its own; never edit one that has shipped. */
export const migrations = [Platform1764300000000];
migrations.push(Analytics1764300500000);
