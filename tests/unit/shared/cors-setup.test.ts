import { describe, expect, it } from 'vitest';
import { configKey, describeCorsChange, planCors } from '../../../shared/couch/cors-setup';
import { corsConfig } from '../../../shared/couch/server-info';

const ORIGINS = ['quorum://app', 'https://quorum.example.gov.za'];

describe('the CORS plan of couch:setup --cors', () => {
  it('sets every CORS key on a server that has none', () => {
    const plan = planCors('node1@127.0.0.1', new Map(), ORIGINS);
    expect(plan.map((change) => `${change.section}/${change.key}`)).toEqual([
      'chttpd/enable_cors',
      'httpd/enable_cors',
      'cors/origins',
      'cors/credentials',
      'cors/methods',
      'cors/headers',
      'cors/max_age',
    ]);
    expect(plan.find((change) => change.key === 'origins')).toMatchObject({ from: null, to: 'quorum://app, https://quorum.example.gov.za' });
    expect(plan.every((change) => change.node === 'node1@127.0.0.1')).toBe(true);
  });

  it('changes only what differs, and says old → new', () => {
    const current = new Map(corsConfig(ORIGINS).map((entry) => [configKey(entry), entry.value] as const));
    current.set('cors/origins', '*');
    current.set('cors/credentials', 'true');
    const plan = planCors('_local', current, ORIGINS);
    expect(plan).toEqual([
      { node: '_local', section: 'cors', key: 'origins', from: '*', to: 'quorum://app, https://quorum.example.gov.za' },
      { node: '_local', section: 'cors', key: 'credentials', from: 'true', to: 'false' },
    ]);
    expect(describeCorsChange(plan[0]!)).toBe('_local [cors] origins: "*" → "quorum://app, https://quorum.example.gov.za"');
    expect(describeCorsChange({ ...plan[1]!, from: null })).toBe('_local [cors] credentials: (not set) → "false"');
  });

  it('changes nothing when CORS is already set as wanted', () => {
    const current = new Map(corsConfig(ORIGINS).map((entry) => [configKey(entry), entry.value] as const));
    expect(planCors('_local', current, ORIGINS)).toEqual([]);
  });

  it('refuses what is not an origin, and no origins at all', () => {
    expect(() => planCors('_local', new Map(), [])).toThrow(/at least one origin/);
    expect(() => planCors('_local', new Map(), ['https://quorum.example.gov.za/app'])).toThrow(/not an origin/);
    expect(() => planCors('_local', new Map(), ['quorum.example.gov.za'])).toThrow(/not an origin/);
    expect(() => planCors('_local', new Map(), ['https://a.example, https://b.example'])).toThrow(/not an origin/);
  });
});
