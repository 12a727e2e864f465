// Entry of the bundled Action (dist/index.js).
import { run } from './main.ts';

await run();
