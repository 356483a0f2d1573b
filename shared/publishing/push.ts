/**
 * Sending one publishing act to the server's public database by plain HTTP: read what the server
 * holds now, apply the act to it (./rules), and write the whole document, its Word file inline
 * (base64 in `_attachments`), in one PUT, so the portal never sees a half-published document.
 *
 * Safe to repeat: an act whose answer was lost on the way is recognised on the server (same
 * time, same person) and not applied twice.
 */
import { CouchRequestError, type CouchClient } from '../couch/http';
import { PublishRuleError, applyAct, type PublicationAct } from './rules';
import { SITE_DOC_ID, publicDatabaseName, type PublicSite, type Publication } from './publication';

/** Whether the server's publication already shows this act (its answer was lost on the way). */
export function isApplied(current: Publication | null, act: PublicationAct): boolean {
  if (!current) return false;
  if (act.act === 'withdraw') return current.state === 'withdrawn' && current.withdrawal?.at === act.at;
  return current.state === 'published' && current.publishedAt === act.at && current.publishedBy === act.by.trim().slice(0, 200);
}

async function read<T>(client: CouchClient, database: string, id: string): Promise<T | null> {
  const answer = await client.request<T & { error?: string; reason?: string }>('GET', `${encodeURIComponent(database)}/${encodeURIComponent(id)}`, {
    accept: [404],
    database,
  });
  if (answer.status === 404) {
    if (/does not exist|no_db_file/i.test(answer.body.reason ?? '')) {
      throw new CouchRequestError({ kind: 'missing-database', status: 404, database }, client.url(encodeURIComponent(database)));
    }
    return null;
  }
  return answer.body;
}

/** The publication the server holds, without its files' data (null when none). */
export function readPublication(client: CouchClient, prefix: string, id: string): Promise<Publication | null> {
  return read<Publication>(client, publicDatabaseName(prefix), id);
}

/** Applies the act to the server's publication and writes it; returns what the server now holds. */
export async function pushAct(client: CouchClient, prefix: string, act: PublicationAct): Promise<Publication> {
  const database = publicDatabaseName(prefix);
  const current = await readPublication(client, prefix, act.id);
  if (isApplied(current, act)) return current as Publication;
  const next = applyAct(current, act);
  const answer = await client.json<{ rev: string }>('PUT', `${encodeURIComponent(database)}/${encodeURIComponent(act.id)}`, { body: next, database });
  const stored: Publication = { ...next, _rev: answer.rev };
  if (stored._attachments) {
    stored._attachments = Object.fromEntries(
      Object.entries(stored._attachments).map(([name, file]) => [
        name,
        { content_type: file.content_type, stub: true, length: Math.floor(((file.data ?? '').length * 3) / 4) },
      ]),
    );
  }
  return stored;
}

/** Writes the municipality's name and letterhead lines when they changed (the portal's heading). */
export async function pushSite(client: CouchClient, prefix: string, site: Omit<PublicSite, '_id' | 'type' | 'updatedAt'>, now: Date): Promise<void> {
  const database = publicDatabaseName(prefix);
  const current = await read<PublicSite & { _rev: string }>(client, database, SITE_DOC_ID);
  const logo = site._attachments?.logo;
  const same =
    current &&
    current.municipality === site.municipality &&
    JSON.stringify(current.address) === JSON.stringify(site.address) &&
    JSON.stringify(current.contact) === JSON.stringify(site.contact) &&
    (current._attachments?.logo?.length ?? 0) === (logo?.data ? Math.floor((logo.data.replace(/=+$/, '').length * 3) / 4) : 0);
  if (same) return;
  const doc: PublicSite & { _rev?: string } = {
    _id: SITE_DOC_ID,
    type: 'site',
    municipality: site.municipality,
    address: site.address,
    contact: site.contact,
    updatedAt: now.toISOString(),
    ...(logo ? { _attachments: { logo } } : {}),
    ...(current?._rev ? { _rev: current._rev } : {}),
  };
  await client.json('PUT', `${encodeURIComponent(database)}/${SITE_DOC_ID}`, { body: doc, database });
}

/** A refusal a person must act on (role, validation, a rule), as opposed to being offline. */
export function refusalReason(error: unknown): string | null {
  if (error instanceof PublishRuleError) return error.message;
  if (error instanceof CouchRequestError) {
    const { problem } = error;
    if (problem.kind === 'no-access' || problem.kind === 'bad-response' || problem.kind === 'unauthorized' || problem.kind === 'missing-database') {
      if (problem.kind === 'missing-database') return 'The server has no public database yet: ask IT to run couch:setup again.';
      if (problem.kind === 'unauthorized') return 'The server refused the user name or password: enter them again in Settings → Sync.';
      return `The server refused it: ${problem.detail ?? `HTTP ${problem.status ?? ''}`}`.trim();
    }
  }
  return null;
}
