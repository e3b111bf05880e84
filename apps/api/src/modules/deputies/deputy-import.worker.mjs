// Starts the roster-checking worker (deputy-import.worker.ts). The API runs its TypeScript through
// tsx, whose loader a worker thread does not inherit: load the worker's module through tsx's own
// namespaced loader, which works whether or not the thread already has one.
import { tsImport } from 'tsx/esm/api';

await tsImport('./deputy-import.worker.ts', import.meta.url);
