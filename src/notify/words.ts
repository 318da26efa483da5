import type { NotifyEvent } from './transitions';

/** A notification's title and body, naming the printer (the card's display name). */
export function notificationWords(event: NotifyEvent, printerName: string): { title: string; body: string } {
  const file = 'fileName' in event && event.fileName ? event.fileName : null;
  switch (event.kind) {
    case 'print-complete':
      return { title: `${printerName}: print complete`, body: file ? `${file} is done.` : 'The print is done.' };
    case 'print-failed':
      return { title: `${printerName}: print failed`, body: event.errorText ?? 'The printer reports an error.' };
    case 'paused':
      return event.byGadget
        ? { title: `${printerName}: paused by Gadget`, body: 'Gadget paused the print because it may be failing. Have a look before you resume.' }
        : { title: `${printerName}: paused`, body: file ? `${file} is paused.` : 'The print is paused.' };
    case 'went-offline':
      return { title: `${printerName}: offline`, body: 'The printer went offline during a print.' };
    case 'revoked':
      return { title: `${printerName}: connection revoked`, body: 'This dashboard can no longer reach the printer. Reconnect it to see it again.' };
  }
}
