import { expect } from '@open-wc/testing';
import { createSseParser, type ServerSentEvent } from '../../src/api/sse.js';

describe('event-stream parser', () => {
  it('parses events split across chunks at any point', () => {
    const events: ServerSentEvent[] = [];
    const parse = createSseParser((event) => events.push(event));
    const stream = ': ping\n\nevent: session.updated\ndata: {"a":1}\n\nevent: session.updated\r\ndata: {"b":\r\ndata: 2}\r\n\r\n';
    for (const char of stream) parse(char);
    expect(events).to.deep.equal([
      { event: 'session.updated', data: '{"a":1}' },
      { event: 'session.updated', data: '{"b":\n2}' },
    ]);
  });

  it('defaults the event name and ignores data-less blocks and unknown fields', () => {
    const events: ServerSentEvent[] = [];
    const parse = createSseParser((event) => events.push(event));
    parse('id: 4\nretry: 100\n\ndata:x\nfoo: bar\n\n');
    expect(events).to.deep.equal([{ event: 'message', data: 'x' }]);
  });
});
