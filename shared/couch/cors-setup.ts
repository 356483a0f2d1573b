/**
 * CORS for the app's origins, applied through the server's configuration API
 * (`npm run couch:setup -- --cors`): `[chttpd] enable_cors` (and `[httpd]` for pouchdb-server)
 * and `[cors] origins, credentials, methods, headers, max_age`. On a cluster every node keeps its
 * own configuration, so it is set on every node that `/_membership` lists.
 * Only values that differ are written; each change is reported as old → new.
 */
import type { CouchClient } from './http';
import { corsConfig, type CorsConfigEntry } from './server-info';

export interface CorsChange {
  node: string;
  section: string;
  key: string;
  /** The value before, or null when the key was not set. */
  from: string | null;
  to: string;
}

/** Where a config key lives: `section/key`. */
export function configKey(entry: { section: string; key: string }): string {
  return `${entry.section}/${entry.key}`;
}

/**
 * What setting CORS for these origins would change on one node, given its current values
 * (by `section/key`; a missing key is not set). Pure, so the plan can be checked without a server.
 */
export function planCors(node: string, current: ReadonlyMap<string, string | null>, origins: readonly string[]): CorsChange[] {
  if (origins.length === 0) throw new Error('CORS needs at least one origin the app runs under.');
  for (const origin of origins) {
    if (origin !== '*' && !/^[a-z][a-z0-9+.-]*:\/\/[^\s,/]+$/i.test(origin)) {
      throw new Error(`"${origin}" is not an origin (scheme://host[:port], without a path).`);
    }
  }
  return corsConfig(origins)
    .map((entry: CorsConfigEntry) => ({ node, section: entry.section, key: entry.key, from: current.get(configKey(entry)) ?? null, to: entry.value }))
    .filter((change) => change.from !== change.to);
}

export function describeCorsChange(change: CorsChange): string {
  return `${change.node} [${change.section}] ${change.key}: ${change.from === null ? '(not set)' : JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`;
}

/** The server's nodes: every member of a cluster, or the one node of a single server. */
export async function serverNodes(client: CouchClient): Promise<string[]> {
  const membership = await client.request<{ cluster_nodes?: unknown }>('GET', '_membership', { accept: [400, 404] });
  const nodes = Array.isArray(membership.body.cluster_nodes) ? membership.body.cluster_nodes.filter((n): n is string => typeof n === 'string') : [];
  return nodes.length > 0 ? nodes : ['_local'];
}

/** `_node/{node}/_config/{section}/{key}`; the node's `@` left as it is (pouchdb-server matches it literally). */
function configPath(node: string, section: string, key: string): string {
  return `_node/${encodeURIComponent(node).replace(/%40/g, '@')}/_config/${encodeURIComponent(section)}/${encodeURIComponent(key)}`;
}

async function readConfigValue(client: CouchClient, node: string, section: string, key: string): Promise<string | null> {
  const response = await client.request<unknown>('GET', configPath(node, section, key), { accept: [404] });
  return response.status === 404 || typeof response.body !== 'string' ? null : response.body;
}

/** Sets CORS for `origins` on every node; returns (and reports) what it changed. */
export async function applyCors(client: CouchClient, origins: readonly string[], report: (line: string) => void = () => undefined): Promise<CorsChange[]> {
  const wanted = corsConfig(origins);
  const changes: CorsChange[] = [];
  for (const node of await serverNodes(client)) {
    const current = new Map<string, string | null>();
    for (const entry of wanted) current.set(configKey(entry), await readConfigValue(client, node, entry.section, entry.key));
    const plan = planCors(node, current, origins);
    for (const change of plan) {
      await client.json('PUT', configPath(node, change.section, change.key), { body: change.to });
      report(describeCorsChange(change));
    }
    if (plan.length === 0) report(`${node}: CORS already set for ${origins.join(', ')}`);
    changes.push(...plan);
  }
  return changes;
}
