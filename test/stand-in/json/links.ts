// Base URLs the representations point at: the API base the request came in on, and the web origin.
export interface Links {
  /** REST base, `http://127.0.0.1:port` or `http://127.0.0.1:port/api/v3` */
  api: string;
  /** where html_url points, `http://127.0.0.1:port` */
  web: string;
}
