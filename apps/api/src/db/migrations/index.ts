import { Platform1764300000000 } from './1764300000000-platform';
import { Registry1764300100000 } from './1764300100000-registry';
import { Files1764300150000 } from './1764300150000-files';
import { Duty1764300400000 } from './1764300400000-duty';

/** In order. Each domain appends its own; never edit one that has shipped. */
export const migrations = [Platform1764300000000, Registry1764300100000, Files1764300150000];
migrations.push(Duty1764300400000);
