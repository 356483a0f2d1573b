/**
 * Quorum's design rules as plain data, so they are tested without a browser and used the same way
 * on every screen: colours of the two themes, the chart palette, what colour each status takes,
 * the type scale and the row density. The MUI theme (theme.ts) is built from these.
 */
import type { ImplementationStatus, MeetingStatus, QueryStatus } from '@shared/schemas/vocabulary';

export type ColourMode = 'light' | 'dark';
/** What the person chose in Settings → Appearance: 'system' follows the operating system. */
export type ColourModeChoice = 'system' | ColourMode;
export type Density = 'comfortable' | 'compact';

export const COLOUR_MODE_CHOICES: readonly ColourModeChoice[] = ['system', 'light', 'dark'];
export const DENSITIES: readonly Density[] = ['comfortable', 'compact'];

/** The tones a status can take; each has one colour per theme (see TONE_COLOURS). */
export type StatusTone = 'neutral' | 'info' | 'progress' | 'success' | 'warning' | 'danger' | 'muted';

/** The colours of a theme. Text colours are checked in tests for WCAG AA contrast on their backgrounds. */
export interface ModeColours {
  background: string;
  paper: string;
  text: string;
  textSecondary: string;
  divider: string;
  primary: string;
  primaryText: string;
  secondary: string;
  secondaryText: string;
}

export const MODE_COLOURS: Record<ColourMode, ModeColours> = {
  light: {
    background: '#f4f5f7',
    paper: '#ffffff',
    text: '#17212b',
    textSecondary: '#4f5b67',
    divider: '#dde1e6',
    primary: '#1b4d3e',
    primaryText: '#ffffff',
    secondary: '#7a4f00',
    secondaryText: '#ffffff',
  },
  dark: {
    background: '#111614',
    paper: '#1a201e',
    text: '#e8ecea',
    textSecondary: '#a9b4af',
    divider: '#2e3734',
    primary: '#7fc8a9',
    primaryText: '#0b1f18',
    secondary: '#e6b35a',
    secondaryText: '#1f1400',
  },
};

/** A status chip's fill and its text, per theme. */
export interface ToneColour {
  fill: string;
  text: string;
  /** Drawn as an outline rather than filled (a finished, quiet state). */
  outlined?: boolean;
}

export const TONE_COLOURS: Record<ColourMode, Record<StatusTone, ToneColour>> = {
  light: {
    neutral: { fill: '#e3e7eb', text: '#17212b' },
    info: { fill: '#0b5cad', text: '#ffffff' },
    progress: { fill: '#5b3f9e', text: '#ffffff' },
    success: { fill: '#1e6b34', text: '#ffffff' },
    warning: { fill: '#8a4b00', text: '#ffffff' },
    danger: { fill: '#b3261e', text: '#ffffff' },
    muted: { fill: '#ffffff', text: '#4f5b67', outlined: true },
  },
  dark: {
    neutral: { fill: '#3a4440', text: '#e8ecea' },
    info: { fill: '#8cc4ff', text: '#0a1a2c' },
    progress: { fill: '#c7b3ff', text: '#1d1236' },
    success: { fill: '#86d49a', text: '#0b2312' },
    warning: { fill: '#f2b866', text: '#2a1700' },
    danger: { fill: '#ffa39b', text: '#330a06' },
    muted: { fill: '#1a201e', text: '#a9b4af', outlined: true },
  },
};

/** Every status in the app, by kind, and the tone it is shown in: the one map every status chip uses. */
export const MEETING_STATUS_TONES: Record<MeetingStatus, StatusTone> = {
  draft: 'neutral',
  notice_issued: 'info',
  in_session: 'warning',
  closed: 'progress',
  minutes_draft: 'progress',
  minutes_circulated: 'progress',
  minutes_confirmed: 'success',
  postponed: 'neutral',
  cancelled: 'muted',
  adjourned_no_quorum: 'danger',
};

export const IMPLEMENTATION_STATUS_TONES: Record<ImplementationStatus, StatusTone> = {
  not_started: 'neutral',
  in_progress: 'info',
  implemented: 'success',
  overdue: 'danger',
  revoked: 'muted',
};

export const QUERY_STATUS_TONES: Record<QueryStatus, StatusTone> = {
  new: 'neutral',
  acknowledged: 'neutral',
  assigned: 'info',
  in_progress: 'info',
  awaiting_stakeholder: 'progress',
  resolved: 'success',
  closed: 'muted',
  reopened: 'warning',
};

/** A query's chip: overdue and due soon outrank its status (and say so in words too). */
export function queryTone(status: QueryStatus, overdue: boolean, dueSoon: boolean): StatusTone {
  if (status === 'resolved' || status === 'closed') return QUERY_STATUS_TONES[status];
  if (overdue) return 'danger';
  if (dueSoon) return 'warning';
  return QUERY_STATUS_TONES[status];
}

/**
 * The chart palette: Okabe & Ito's colours for colour-blind readers, in an order whose first
 * colours stay apart under protanopia and deuteranopia, lightened for the dark theme so each
 * keeps 3:1 against its card.
 */
export const CHART_PALETTE: Record<ColourMode, readonly string[]> = {
  light: ['#0072b2', '#c2530a', '#007d5c', '#b0508a', '#6b6b6b'],
  dark: ['#56b4e9', '#e69f00', '#2fc79a', '#e39ccb', '#c8c8c8'],
};

/** Named roles of the chart colours, so "received" and "resolved" look the same on every chart. */
export const CHART_ROLES = { primary: 0, alert: 1, done: 2, other: 3, rest: 4 } as const;

export function chartColour(mode: ColourMode, role: keyof typeof CHART_ROLES): string {
  return CHART_PALETTE[mode][CHART_ROLES[role]] ?? CHART_PALETTE[mode][0]!;
}

/** The type scale (rem): a 1.2 ratio from a 0.875 rem body. */
export const TYPE_SCALE = {
  h1: 1.625,
  h2: 1.25,
  h3: 1.0625,
  body1: 0.9375,
  body2: 0.875,
  caption: 0.75,
} as const;

/** Spacing unit (px) and the table row heights of each density. */
export const SPACING_UNIT = 8;
export const DENSITY_TOKENS: Record<Density, { tableCellPaddingY: number; tableCellPaddingX: number; rowFontSize: number }> = {
  comfortable: { tableCellPaddingY: 10, tableCellPaddingX: 12, rowFontSize: TYPE_SCALE.body2 },
  compact: { tableCellPaddingY: 4, tableCellPaddingX: 8, rowFontSize: 0.8125 },
};

/** The font that ships with the app (bundled from @fontsource/inter) and its fallbacks. */
export const FONT_FAMILY = '"Inter", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

export function resolveColourMode(choice: ColourModeChoice | undefined, systemPrefersDark: boolean): ColourMode {
  if (choice === 'light' || choice === 'dark') return choice;
  return systemPrefersDark ? 'dark' : 'light';
}

// --- colour arithmetic, for the tests of contrast and of colour-blind readers -------------------

export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(value: number): number {
  const v = Math.min(1, Math.max(0, value));
  return Math.round((v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055) * 255);
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export type ColourVision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';

/** Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, on linear RGB. */
const VISION_MATRICES: Record<Exclude<ColourVision, 'normal'>, readonly number[]> = {
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

/** How a colour looks to a reader with the given colour vision, as #rrggbb. */
export function simulateVision(hex: string, vision: ColourVision): string {
  if (vision === 'normal') return hex.toLowerCase();
  const m = VISION_MATRICES[vision];
  const [r, g, b] = hexToRgb(hex).map(toLinear) as [number, number, number];
  const out = [m[0]! * r + m[1]! * g + m[2]! * b, m[3]! * r + m[4]! * g + m[5]! * b, m[6]! * r + m[7]! * g + m[8]! * b].map(fromLinear);
  return `#${out.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function toLab(hex: string): [number, number, number] {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference: about 2.3 is just noticeable; chart series want far more. */
export function colourDistance(a: string, b: string): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
