/** Words a secretary types: letters and single spaces, so the stored text holds them literally. */
const WORDS = 'the chairperson noted the report and members asked about the water tariff and the budget for the new clinic in ward twelve'.split(' ');

export function typedText(keys: number): string {
  let text = '';
  for (let i = 0; text.length < keys; i += 1) text += `${WORDS[i % WORDS.length]} `;
  return text.slice(0, keys);
}
