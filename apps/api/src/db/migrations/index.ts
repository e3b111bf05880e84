import { Platform1764300000000 } from './1764300000000-platform';
import { Registry1764300100000 } from './1764300100000-registry';
import { Files1764300150000 } from './1764300150000-files';
import { DeputyImport1764300110000 } from './1764300110000-deputy-import';

/** In order. Each domain appends its own; never edit one that has shipped. */
export const migrations = [Platform1764300000000, Registry1764300100000, Files1764300150000];
// TypeORM runs migrations by their timestamp, so appending keeps the order.
migrations.push(DeputyImport1764300110000);
