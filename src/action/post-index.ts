// Entry of the bundled post step (dist/post.js).
import { post } from './post.ts';

await post();
