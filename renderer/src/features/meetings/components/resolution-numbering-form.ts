/**
 * The checks of Settings → Meetings → Resolution numbers: the format by the domain's rule that
 * keeps numbers unique (shared/domain/resolution-numbers.ts), the block by the limits of the
 * settings schema, and the example numbers shown once all is well.
 */
import { checkResolutionFormat, formatResolutionNumber } from '@shared/domain/resolution-numbers';
import { resolutionNumberingSchema, type ResolutionNumberingSettings } from '@shared/settings/meetings';
import { schemaResolver, type FormMessages } from '../../../ui/schema-resolver';

/** As typed: the numbers are text until they are checked. */
export interface NumberingValues {
  format: string;
  blockSize: string;
  financialYearStartMonth: string;
}

const BLOCK = resolutionNumberingSchema.properties.blockSize;

export function numberingValues(settings: ResolutionNumberingSettings): NumberingValues {
  return { format: settings.format, blockSize: String(settings.blockSize), financialYearStartMonth: String(settings.financialYearStartMonth) };
}

export function numberingProblems(values: NumberingValues): FormMessages<NumberingValues> {
  const messages: FormMessages<NumberingValues> = {};
  const format = checkResolutionFormat(values.format);
  if (format) messages.format = format;
  const blockSize = values.blockSize.trim() ? Number(values.blockSize) : NaN;
  if (!Number.isInteger(blockSize) || blockSize < BLOCK.minimum || blockSize > BLOCK.maximum) {
    messages.blockSize = `A whole number from ${BLOCK.minimum} to ${BLOCK.maximum}.`;
  }
  return messages;
}

/** The checked values as the settings area holds them. */
export function numberingSettings(values: NumberingValues): ResolutionNumberingSettings {
  return { format: values.format, blockSize: Number(values.blockSize), financialYearStartMonth: Number(values.financialYearStartMonth) };
}

/** Council's first two resolutions of meetings 1 and 2, or '' while the values have problems. */
export function numberingExample(values: NumberingValues): string {
  if (Object.keys(numberingProblems(values)).length > 0) return '';
  const settings = numberingSettings(values);
  return [1, 2]
    .flatMap((meeting) =>
      [1, 2].map((ordinal) =>
        formatResolutionNumber(settings.format, { bodyCode: 'C', meetingSequence: meeting, ordinal, itemNumber: '7.2', date: '2026-11-26', ...settings }),
      ),
    )
    .join(', ');
}

export const numberingResolver = schemaResolver<NumberingValues>({
  schema: resolutionNumberingSchema,
  fields: { financialYearStartMonth: { property: 'financialYearStartMonth', toRecord: Number } },
  check: numberingProblems,
});
