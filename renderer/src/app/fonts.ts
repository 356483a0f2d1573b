/**
 * The Inter font, bundled with the app (the app runs offline and its Content-Security-Policy
 * allows fonts from itself only): Latin and Latin Extended (the diacritics of South African names),
 * four weights, woff2. Vite copies each file into the build; text in other scripts falls back to
 * the system font.
 */
import latin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2';
import latinExt400 from '@fontsource/inter/files/inter-latin-ext-400-normal.woff2';
import latin500 from '@fontsource/inter/files/inter-latin-500-normal.woff2';
import latinExt500 from '@fontsource/inter/files/inter-latin-ext-500-normal.woff2';
import latin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2';
import latinExt600 from '@fontsource/inter/files/inter-latin-ext-600-normal.woff2';
import latin700 from '@fontsource/inter/files/inter-latin-700-normal.woff2';
import latinExt700 from '@fontsource/inter/files/inter-latin-ext-700-normal.woff2';

const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

function face(weight: number, url: string, range: string): string {
  return `@font-face { font-family: 'Inter'; font-style: normal; font-display: swap; font-weight: ${weight}; src: url(${url}) format('woff2'); unicode-range: ${range}; }`;
}

/** The @font-face rules, given to CssBaseline by the theme. */
export const FONT_FACES = [
  face(400, latin400, LATIN),
  face(400, latinExt400, LATIN_EXT),
  face(500, latin500, LATIN),
  face(500, latinExt500, LATIN_EXT),
  face(600, latin600, LATIN),
  face(600, latinExt600, LATIN_EXT),
  face(700, latin700, LATIN),
  face(700, latinExt700, LATIN_EXT),
].join('\n');
