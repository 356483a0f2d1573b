/**
 * The letterhead of an exported or published Word document: the stored template when there is
 * one; the built-in letterhead, with a notice saying why, when the template cannot be used.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentOptions } from '../../../shared/documents/inputs';
import { TemplateError } from '../../../shared/documents/template';
import { buildWithLetterhead } from '../../../renderer/src/features/documents/letterhead';

function settings(stored: () => { dataBase64?: string }) {
  return { getArea: (() => Promise.resolve().then(stored)) as never };
}

/** A build that records the options it was given and fails on a template when told to. */
function recorder(failWith?: Error) {
  const calls: DocumentOptions[] = [];
  const build = (options: DocumentOptions) => {
    calls.push(options);
    if (options.template && failWith) return Promise.reject(failWith);
    return Promise.resolve(new Uint8Array([options.template ? 2 : 1]));
  };
  return { calls, build };
}

describe('the letterhead of a Word document', () => {
  it('is the built-in one when no template is stored', async () => {
    const { calls, build } = recorder();
    expect(
      await buildWithLetterhead(
        settings(() => ({})),
        { author: 'Thuli' },
        build,
      ),
    ).toEqual({ bytes: new Uint8Array([1]) });
    expect(calls).toEqual([{ author: 'Thuli' }]);
  });

  it('is the stored template when there is one', async () => {
    const { calls, build } = recorder();
    const result = await buildWithLetterhead(
      settings(() => ({ dataBase64: 'UEsDBA==' })),
      { author: 'Thuli' },
      build,
    );
    expect(result).toEqual({ bytes: new Uint8Array([2]) });
    expect(calls[0]).toEqual({ author: 'Thuli', template: new Uint8Array([0x50, 0x4b, 0x03, 0x04]) });
  });

  it('falls back to the built-in one, saying why, when the template is refused', async () => {
    const { calls, build } = recorder(new TemplateError('The template has no {{content}} field.'));
    const result = await buildWithLetterhead(
      settings(() => ({ dataBase64: 'UEsDBA==' })),
      {},
      build,
    );
    expect(result).toEqual({ bytes: new Uint8Array([1]), notice: 'The template has no {{content}} field. The built-in letterhead was used instead.' });
    expect(calls).toHaveLength(2);
  });

  it('falls back when the stored template cannot be read, and never hides another failure', async () => {
    const { build } = recorder();
    const damaged = await buildWithLetterhead(
      settings(() => {
        throw new Error('bad base64');
      }),
      {},
      build,
    );
    expect(damaged.bytes).toEqual(new Uint8Array([1]));
    expect(damaged.notice).toContain('The stored letterhead template is damaged');
    const other = recorder(new Error('disk full'));
    await expect(
      buildWithLetterhead(
        settings(() => ({ dataBase64: 'UEsDBA==' })),
        {},
        other.build,
      ),
    ).rejects.toThrow('disk full');
  });
});
