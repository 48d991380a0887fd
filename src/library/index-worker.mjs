// Worker-thread entry for index building. Plain JavaScript so it starts under any runner (tsx, vitest, node): it
// registers tsx's loader, then loads the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./index-worker-body.ts');
