import { describe, expect, it } from 'vitest';
import { VerdictError } from '../domain/problem';
import { deserializeError, openChannel, serializeError, type Handler } from './worker-channel';

describe('errors across a worker', () => {
  it('keep a problem code and its data', () => {
    const error = deserializeError(serializeError(new VerdictError('claim-missing', { id: 'a' })));
    expect(error).toBeInstanceOf(VerdictError);
    expect(error).toMatchObject({ code: 'claim-missing', data: { id: 'a' } });
  });

  it('keep the name of a full disk, and the words of any other error', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(deserializeError(serializeError(quota))).toMatchObject({
      name: 'QuotaExceededError',
      message: 'The quota has been exceeded.',
    });
    expect(deserializeError(serializeError('plain'))).toMatchObject({ message: 'plain' });
  });
});

describe('openChannel without workers', () => {
  it('runs the handler on the page, answers asynchronously, and cleans up on close', async () => {
    let cleaned = 0;
    const echo: Handler<number, number> = (answer, onClose) => (n) => {
      onClose(() => cleaned++);
      answer(n * 2);
    };
    const answers: number[] = [];
    const channel = openChannel<number, number>(null, echo, {
      answer: (n) => answers.push(n),
      fail: () => undefined,
    });
    expect(channel.inWorker).toBe(false);
    channel.send(21);
    expect(answers).toEqual([]);
    await Promise.resolve();
    expect(answers).toEqual([42]);
    channel.close();
    expect(cleaned).toBe(1);
    channel.send(1);
    await Promise.resolve();
    expect(answers).toEqual([42]);
  });
});
