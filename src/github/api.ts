// The two calls the port makes. Both our own Octokit and the one Probot hands an app satisfy this, so the port works
// with either without depending on their (differently versioned) typings.

export interface ApiResponse {
  status: number;
  data: unknown;
  headers: Record<string, string | number | undefined>;
}

export interface GitHubApi {
  request(route: string, parameters?: Record<string, unknown>): Promise<ApiResponse>;
  graphql(query: string, parameters?: Record<string, unknown>): Promise<unknown>;
}
