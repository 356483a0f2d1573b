/**
 * The multiline fields' size (renderer/src/ui/GrowingTextField.tsx): the browser sizes the box to
 * its text (`field-sizing: content`) between the field's least and most lines, and the text
 * scrolls beyond the most. (That a field grows as it is typed is checked end to end by
 * tests/e2e/meeting-page.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { growingTextareaStyle } from '../../../renderer/src/ui/GrowingTextField';

describe('the size of a field that grows with its text', () => {
  it('grows from its least lines without end when it has no most', () => {
    expect(growingTextareaStyle(1, undefined)).toEqual({ fieldSizing: 'content', minHeight: '1lh' });
  });

  it('stops at its most lines and scrolls beyond', () => {
    expect(growingTextareaStyle(2, 12)).toEqual({ fieldSizing: 'content', minHeight: '2lh', maxHeight: '12lh', overflowY: 'auto' });
  });

  it('never has a most below its least', () => {
    expect(growingTextareaStyle(3, 1)).toMatchObject({ minHeight: '3lh', maxHeight: '3lh' });
  });
});
