import { Platform1764300000000 } from './1764300000000-platform';
import { Registry1764300100000 } from './1764300100000-registry';
import { Files1764300150000 } from './1764300150000-files';

/** In order. Each domain appends its own; never edit one that has shipped. */
export const migrations = [Platform1764300000000, Registry1764300100000, Files1764300150000];
import { Suggestions1764300300000 } from './1764300300000-suggestions';
migrations.push(Suggestions1764300300000);
