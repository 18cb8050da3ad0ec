import { purchaseCautions } from '../../../src/domain/providers/purchase-caution';

describe('purchase cautions: what the picker marks and asks about before an offer fills a contract', () => {
  test('an admitted offer with green, yellow or no supervision needs no second thought', () => {
    for (const supervisionColour of ['grøn', 'gul', null] as const) {
      expect(purchaseCautions({ listStatus: 'optaget', supervisionColour })).toEqual([]);
    }
  });

  test('suspended, removed and red supervision each give their reason, in Danish', () => {
    expect(purchaseCautions({ listStatus: 'suspenderet', supervisionColour: 'grøn' }).map((c) => c.kind)).toEqual(['suspended']);
    expect(purchaseCautions({ listStatus: 'fjernet', supervisionColour: null }).map((c) => c.kind)).toEqual(['removed']);
    const both = purchaseCautions({ listStatus: 'suspenderet', supervisionColour: 'rød' });
    expect(both.map((c) => c.kind)).toEqual(['suspended', 'red-supervision']);
    expect(both[1]!.text).toMatch(/rød status/);
  });
});
