import { documentInstanceOf, removeFormInstance, survivingInstances } from '../../../src/domain/contract/repeat-removal';

describe('removing a repeat-block instance in a form that mirrors the document', () => {
  it('names the document instance behind the form instance, counting those already removed', () => {
    expect(documentInstanceOf([], 1)).toBe(1);
    expect(documentInstanceOf([1], 1)).toBe(2);
    expect(documentInstanceOf([0, 1], 0)).toBe(2);
    expect(documentInstanceOf([2], 1)).toBe(1);
  });

  it('collects removals in document numbers: removing form instance 2 twice removes document instances 2 and 3', () => {
    const once = removeFormInstance([], 1);
    expect(once).toEqual([1]);
    expect(removeFormInstance(once, 1)).toEqual([1, 2]);
    expect(removeFormInstance([2], 0)).toEqual([0, 2]);
  });

  it('keeps the instances not removed, in order; the middle of three leaves the first and the third', () => {
    expect(survivingInstances(3, [1])).toEqual([0, 2]);
    expect(survivingInstances(3, [2])).toEqual([0, 1]);
    expect(survivingInstances(3, undefined)).toEqual([0, 1, 2]);
  });

  it('ignores numbers the document does not have and never empties a block', () => {
    expect(survivingInstances(2, [5, -1, 1.5])).toEqual([0, 1]);
    expect(survivingInstances(2, [0, 1])).toEqual([0]);
    expect(survivingInstances(1, [0])).toEqual([0]);
  });
});
