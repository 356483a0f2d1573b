/**
 * The document builders and the template check, gathered in one module that the exporter
 * loads on first use: docx is large, and the app should not wait for it at start-up.
 */
export { buildAcknowledgementLetter } from '@shared/documents/acknowledgement-letter';
export { buildAgendaDocument } from '@shared/documents/agenda';
export { buildMinutesDocument } from '@shared/documents/minutes';
export { buildQuarterlyReportDocument } from '@shared/documents/quarterly-report';
export { buildQueryReportDocument } from '@shared/documents/query-report';
export { buildResolutionRegisterDocument } from '@shared/documents/resolution-register';
export { TemplateError, inspectTemplate } from '@shared/documents/template';
