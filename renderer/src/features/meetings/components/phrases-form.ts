/**
 * The checks of Settings → Meetings → Phrase library: each phrase by the phrase library's schema
 * (shared/settings/meetings.ts), so an empty name or wording, or one over its limit, is said
 * beside its own row on the first submit and nothing is saved.
 */
import { phrasesSchema, type Phrase } from '@shared/settings/meetings';
import { pathResolver, rowMessages, type PathMessages } from '../../../ui/list-resolver';

export interface PhrasesValues {
  phrases: Phrase[];
}

const PHRASE_SCHEMA = phrasesSchema.properties.phrases.items;
/** How many phrases the library holds at most. */
export const PHRASES_MAX = phrasesSchema.properties.phrases.maxItems;
export const PHRASE_NAME_MAX = PHRASE_SCHEMA.properties.label.maxLength;
export const PHRASE_WORDING_MAX = PHRASE_SCHEMA.properties.text.maxLength;

export function phrasesProblems(values: PhrasesValues): PathMessages {
  return Object.assign(
    {},
    ...values.phrases.map((phrase, index) => rowMessages(phrase, PHRASE_SCHEMA, { label: 'label', text: 'text' }, `phrases.${index}`)),
  ) as PathMessages;
}

export const phrasesResolver = pathResolver(phrasesProblems);
