/**
 * The public database on the server (`<prefix>public`): readable by anyone, written only by the
 * secretariat (or a server admin), and every write checked for the shape of publication.ts.
 * Prepared by `npm run couch:setup` (shared/couch/server-setup.ts) beside the app's databases.
 *
 * CouchDB 3 makes a new database admin-only, so `_security` is set explicitly with no members:
 * a database without members is readable by anyone, and validate_doc_update decides who writes.
 * The check runs in CouchDB's JavaScript engine (maybe ES5), so it is plain ES5 text.
 */
import type { CouchClient } from '../couch/http';
import { MAX_PUBLIC_NOTE, MAX_PUBLISHED_BY, PUBLISHER_ROLES } from './rules';
import { publicDatabaseName } from './publication';

export const PUBLIC_DESIGN_DOC_ID = '_design/quorum_public';

export function publicSecurityObject(): { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } } {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: [] } };
}

const RULES = {
  writers: PUBLISHER_ROLES,
  kinds: ['agenda', 'minutes', 'register'],
  states: ['published', 'withdrawn'],
  maxNote: MAX_PUBLIC_NOTE,
  maxBy: MAX_PUBLISHED_BY,
};

const VALIDATOR_SOURCE = `function (newDoc, oldDoc, userCtx, secObj) {
  var RULES = __RULES__;
  var roles = (userCtx && userCtx.roles) ? userCtx.roles : [];
  var isAdmin = roles.indexOf('_admin') !== -1;
  if (!isAdmin) {
    var allowed = false;
    for (var w = 0; w < RULES.writers.length; w++) { if (roles.indexOf(RULES.writers[w]) !== -1) { allowed = true; } }
    if (!allowed) { throw({ forbidden: 'Your account may not publish: that needs the role ' + RULES.writers.join(' or ') + '.' }); }
  }
  if (newDoc._id.indexOf('_design/') === 0) { return; }
  if (newDoc._deleted) {
    if (!isAdmin) { throw({ forbidden: 'A publication is never deleted: withdraw it instead, so the portal says it was withdrawn.' }); }
    return;
  }
  function isArray(v) { return Object.prototype.toString.call(v) === '[object Array]'; }
  function text(v, max) { return typeof v === 'string' && v.replace(/^\\s+|\\s+$/g, '').length > 0 && v.length <= max; }
  function fail(message) { throw({ forbidden: 'Malformed publication: ' + message }); }
  function allowedFields(doc, fields) {
    for (var k in doc) {
      if (Object.prototype.hasOwnProperty.call(doc, k) && k.charAt(0) !== '_' && fields.indexOf(k) === -1) { fail('"' + k + '" is not a field of a publication.'); }
    }
  }
  if (newDoc._id === 'site') {
    if (newDoc.type !== 'site') { fail('the site document must have type "site".'); }
    if (!text(newDoc.municipality, 300)) { fail('the municipality name is required.'); }
    if (!isArray(newDoc.address) || !isArray(newDoc.contact)) { fail('address and contact must be lists of lines.'); }
    if (typeof newDoc.updatedAt !== 'string') { fail('updatedAt is required.'); }
    allowedFields(newDoc, ['type', 'municipality', 'address', 'contact', 'updatedAt']);
    return;
  }
  if (newDoc.type !== 'publication') { fail('type must be "publication".'); }
  if (RULES.kinds.indexOf(newDoc.kind) === -1) { fail('kind must be one of ' + RULES.kinds.join(', ') + '.'); }
  if (newDoc._id.indexOf(newDoc.kind + ':') !== 0 || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(newDoc._id.slice(newDoc.kind.length + 1))) {
    fail('the id must be "' + newDoc.kind + ':" and a key of lowercase letters, digits and dashes.');
  }
  if (RULES.states.indexOf(newDoc.state) === -1) { fail('state must be published or withdrawn.'); }
  if (typeof newDoc.version !== 'number' || Math.floor(newDoc.version) !== newDoc.version || newDoc.version < 1) { fail('version must be a whole number from 1.'); }
  if (oldDoc && !oldDoc._deleted) {
    if (oldDoc.kind !== newDoc.kind) { fail('the kind of a publication never changes.'); }
    if (newDoc.version < oldDoc.version || newDoc.version > oldDoc.version + 1) { fail('the version goes up by one for each correction (was ' + oldDoc.version + ').'); }
    if (newDoc.firstPublishedAt !== oldDoc.firstPublishedAt) { fail('the date first published never changes.'); }
  } else if (newDoc.version !== 1) { fail('a new publication is version 1.'); }
  if (typeof newDoc.firstPublishedAt !== 'string' || typeof newDoc.publishedAt !== 'string') { fail('the dates published are required.'); }
  if (!text(newDoc.publishedBy, RULES.maxBy)) { fail('the name of the person who published is required.'); }
  if (newDoc.version > 1 && !(newDoc.correction && text(newDoc.correction.note, RULES.maxNote) && typeof newDoc.correction.at === 'string')) {
    fail('a corrected version needs a note saying what was corrected.');
  }
  if (newDoc.state === 'published') {
    if (!newDoc.content || typeof newDoc.content !== 'object' || newDoc.content.kind !== newDoc.kind) { fail('a published ' + newDoc.kind + ' needs its content.'); }
    if (newDoc.withdrawal) { fail('a published document has no withdrawal.'); }
  } else {
    if (!(newDoc.withdrawal && text(newDoc.withdrawal.reason, RULES.maxNote) && typeof newDoc.withdrawal.at === 'string')) { fail('a withdrawal needs its reason.'); }
    var subject = newDoc.withdrawal.subject;
    if (subject !== undefined) {
      if (typeof subject !== 'object' || subject === null || !text(subject.title, 300)) { fail('what was withdrawn needs its title.'); }
      var limits = { title: 300, reference: 60, bodyName: 300, startsAt: 40 };
      for (var f in subject) {
        if (Object.prototype.hasOwnProperty.call(subject, f) && !(limits.hasOwnProperty(f) && typeof subject[f] === 'string' && subject[f].length <= limits[f])) { fail('what was withdrawn has no field "' + f + '", or it is too long.'); }
      }
    }
    if (newDoc.content) { fail('a withdrawn document keeps no content.'); }
    if (newDoc._attachments) { for (var a in newDoc._attachments) { fail('a withdrawn document keeps no files.'); } }
  }
  allowedFields(newDoc, ['type', 'kind', 'state', 'version', 'firstPublishedAt', 'publishedAt', 'publishedBy', 'correction', 'withdrawal', 'content']);
}`;

export function publicValidateDocUpdateSource(): string {
  const rules = JSON.stringify(RULES);
  return VALIDATOR_SOURCE.replace('__RULES__', () => rules);
}

export interface PublicDesignDoc {
  _id: typeof PUBLIC_DESIGN_DOC_ID;
  _rev?: string;
  language: 'javascript';
  validate_doc_update: string;
}

export function publicDesignDocument(): PublicDesignDoc {
  return { _id: PUBLIC_DESIGN_DOC_ID, language: 'javascript', validate_doc_update: publicValidateDocUpdateSource() };
}

export interface PreparedPublicDatabase {
  name: string;
  created: boolean;
  designUpdated: boolean;
}

/** Creates `<prefix>public` if missing, opens it to readers, and installs (or updates) its validation. */
export async function preparePublicDatabase(client: CouchClient, prefix: string): Promise<PreparedPublicDatabase> {
  const name = publicDatabaseName(prefix);
  const path = encodeURIComponent(name);
  const created = (await client.request('PUT', path, { accept: [412] })).status !== 412;
  await client.json('PUT', `${path}/_security`, { database: name, body: publicSecurityObject() });
  const design = publicDesignDocument();
  const existing = await client.request('GET', `${path}/${PUBLIC_DESIGN_DOC_ID}`, { accept: [404] });
  const current = existing.status === 404 ? null : (existing.body as PublicDesignDoc);
  const designUpdated = !current || current.validate_doc_update !== design.validate_doc_update;
  if (designUpdated) {
    await client.json('PUT', `${path}/${PUBLIC_DESIGN_DOC_ID}`, { database: name, body: { ...design, ...(current?._rev ? { _rev: current._rev } : {}) } });
  }
  return { name, created, designUpdated };
}
