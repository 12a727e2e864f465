// Every REST operation the stand-in implements, by operation id of GitHub's description.
import { appRoutes } from './apps.ts';
import { checkRoutes } from './checks.ts';
import { commentRoutes } from './comments.ts';
import type { RestRoute } from './context.ts';
import { gitDataRoutes } from './git-data.ts';
import { peopleRoutes } from './people.ts';
import { pullRoutes } from './pulls.ts';
import { rateLimitRoutes } from './rate-limit.ts';

export const restRoutes: Record<string, RestRoute> = {
  ...commentRoutes,
  ...pullRoutes,
  ...gitDataRoutes,
  ...checkRoutes,
  ...peopleRoutes,
  ...rateLimitRoutes,
  ...appRoutes,
};
