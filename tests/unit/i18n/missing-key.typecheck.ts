// Checked by `npm run check` (svelte-check over tests/), not run by Vitest: if a catalogue missing a key or
// carrying an unknown one ever type-checked, these @ts-expect-error directives would be unused, and fail.
import type { MessageKey } from '../../../src/i18n/messages-id.ts';
import { messagesEn } from '../../../src/i18n/messages-en.ts';
import type { shareId } from '../../../src/i18n/id/share.ts';
import { translate } from '../../../src/i18n/translate.ts';

const { 'app.title': omitted, ...withoutTitle } = messagesEn;

/** The whole English catalogue without 'app.title': not a catalogue. */
// @ts-expect-error Property 'app.title' is missing
export const missingKey: Record<MessageKey, string> = { ...withoutTitle };

/** The same with the key put back: a catalogue. */
export const complete: Record<MessageKey, string> = { ...withoutTitle, 'app.title': omitted };

/** A key no catalogue has is refused by the object literal… */
// @ts-expect-error 'app.nowhere' does not exist in type Record<MessageKey, string>
export const extraKey: Record<MessageKey, string> = { ...messagesEn, 'app.nowhere': 'Nowhere' };

/** …and by translate, so a view cannot ask for a message that is not there. */
// @ts-expect-error 'app.nowhere' is not a MessageKey
export const unknownMessage = translate('en', 'app.nowhere');

/** A part of the English catalogue is typed against its Indonesian part, so one missing key fails in that part. */
// @ts-expect-error Property 'figure.failed' (and others) missing
export const partMissingKeys: Record<keyof typeof shareId, string> = { 'figure.downloads': 'Download' };
