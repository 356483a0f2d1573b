import { describe, expect, it } from 'vitest';
import { setupChecklist, showSetupChecklist, type SetupFacts } from '../../../shared/domain/setup-checklist';

const empty: SetupFacts = {
  municipality: null,
  hasDocumentTemplate: false,
  departments: [],
  members: [],
  bodies: [],
  standardsSaved: false,
  templatesSaved: false,
  syncServer: '',
};

const complete: SetupFacts = {
  municipality: { name: 'Kopano Local Municipality', address: '1 Main Road', email: 'info@kopano.gov.za', logoDataUrl: 'data:image/png;base64,AA==' },
  hasDocumentTemplate: false,
  departments: [{ retired: false }],
  members: [{ kind: 'official', active: true, departmentId: 'd1' }],
  bodies: [{ archived: false, memberships: [{}] }],
  standardsSaved: true,
  templatesSaved: true,
  syncServer: 'https://couch.kopano.gov.za/',
};

const done = (facts: SetupFacts) => Object.fromEntries(setupChecklist(facts).map((s) => [s.id, s.done]));

describe('the setup checklist', () => {
  it('lists every step open for a municipality that starts from empty, each linking to its page', () => {
    const steps = setupChecklist(empty);
    expect(steps.map((s) => s.id)).toEqual(['particulars', 'letterhead', 'departments', 'officials', 'bodies', 'standards', 'templates', 'sync']);
    expect(steps.every((s) => !s.done && s.href.startsWith('/'))).toBe(true);
    expect(steps[0]?.detail).toBe('Still missing: name, address, phone or email.');
    expect(showSetupChecklist(steps, 'auto')).toBe(true);
    expect(showSetupChecklist(steps, 'hidden')).toBe(false);
  });

  it('ticks each step from the records themselves', () => {
    expect(done(complete)).toEqual({
      particulars: true,
      letterhead: true,
      departments: true,
      officials: true,
      bodies: true,
      standards: true,
      templates: true,
      sync: true,
    });
    expect(done({ ...complete, departments: [{ retired: true }] }).departments).toBe(false);
    expect(done({ ...complete, members: [{ kind: 'official', active: true }] }).officials).toBe(false);
    expect(done({ ...complete, members: [{ kind: 'councillor', active: true, departmentId: 'd1' }] }).officials).toBe(false);
    expect(done({ ...complete, bodies: [{ archived: false, memberships: [] }] }).bodies).toBe(false);
    expect(done({ ...complete, municipality: { name: 'K', address: '1 Main Road' } }).particulars).toBe(false);
    expect(done({ ...complete, municipality: { name: 'K', address: '1 Main Road', phone: '012' } })).toMatchObject({ particulars: true, letterhead: false });
    expect(done({ ...complete, municipality: { name: 'K', address: 'A', phone: '1' }, hasDocumentTemplate: true }).letterhead).toBe(true);
    expect(done({ ...complete, syncServer: '  ' }).sync).toBe(false);
  });

  it('disappears when every step is done, and shows again when a person reopens it', () => {
    const steps = setupChecklist(complete);
    expect(showSetupChecklist(steps, 'auto')).toBe(false);
    expect(showSetupChecklist(steps, 'shown')).toBe(true);
  });
});
