// Types for server.mjs, which the end-to-end tests also use (to serve a build made from fixture data).
import type { Server } from 'node:http';

export const GZIP_LEVEL: number;

export interface ServedResponse {
  path: string;
  status: number;
  type?: string;
  encoding?: string | null;
  bodyBytes?: number;
  headerBytes?: number;
  at: number;
}

export function startServer(
  root: string,
  options?: { port?: number; quiet?: boolean; prefix?: string; hostHeaders?: boolean }
): Promise<{ server: Server; url: string; log: ServedResponse[]; close(): Promise<void> }>;
