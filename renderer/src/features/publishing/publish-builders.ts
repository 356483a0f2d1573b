/**
 * What publishing builds, loaded on first use (the Word builders bring docx, which the app
 * should not wait for at start-up): the public snapshots and the public Word documents.
 */
export { buildAgendaDocument } from '@shared/documents/agenda';
export { buildMinutesDocument } from '@shared/documents/minutes';
export { buildResolutionRegisterDocument } from '@shared/documents/resolution-register';
export { agendaSnapshot, minutesSnapshot, registerSnapshot } from '@shared/publishing/snapshot';
