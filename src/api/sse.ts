export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * Incremental text/event-stream parser (WHATWG HTML "event stream interpretation"):
 * chunks may split lines anywhere; comments and unknown fields are skipped.
 */
export function createSseParser(onEvent: (event: ServerSentEvent) => void): (chunk: string) => void {
  let buffer = '';
  let eventName = '';
  let dataLines: string[] = [];

  const dispatch = () => {
    if (dataLines.length > 0) onEvent({ event: eventName || 'message', data: dataLines.join('\n') });
    eventName = '';
    dataLines = [];
  };

  return (chunk: string) => {
    buffer += chunk;
    // A trailing CR may be the first half of a CRLF split across chunks: wait for the next one.
    const heldCarriageReturn = buffer.endsWith('\r');
    const lines = (heldCarriageReturn ? buffer.slice(0, -1) : buffer).split(/\r\n|\r|\n/);
    // The last piece may be an incomplete line; keep it for the next chunk.
    buffer = (lines.pop() ?? '') + (heldCarriageReturn ? '\r' : '');
    for (const line of lines) {
      if (line === '') {
        dispatch();
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      let value = colon === -1 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') eventName = value;
      else if (field === 'data') dataLines.push(value);
    }
  };
}
