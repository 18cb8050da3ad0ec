import { Piscina } from 'piscina';
import { checkInWorker, closeImportPool } from '../../../src/server/app/offer-import-pool';

afterAll(() => closeImportPool());

describe('import worker pool', () => {
  it('serves many imports from one pool and listens for its errors once, not once per import', async () => {
    const on = jest.spyOn(Piscina.prototype, 'on');
    const csv = Buffer.from('\uFEFFNavn;Kommune\r\n', 'utf8');
    for (let i = 0; i < 12; i++) {
      // Whether the file passes does not matter here: each call goes through the pool.
      await checkInWorker('csv', csv, ['Næstved'], true).catch(() => undefined);
    }
    expect(on.mock.calls.filter(([event]) => event === 'error')).toHaveLength(1);
    on.mockRestore();
  });
});
