import fc from 'fast-check';
import { lastStartingAt } from '../../../src/core/text/search';

test('the last item starting at or before an offset, found by halves, is the one a walk from the end finds', () => {
  const starts = fc
    .uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 40 })
    .map((xs) => xs.sort((a, b) => a - b));
  fc.assert(
    fc.property(starts, fc.integer({ min: -5, max: 505 }), (xs, offset) => {
      const items = xs.map((start) => ({ start }));
      let walked = items.length - 1;
      while (walked >= 0 && items[walked].start > offset) walked--;
      expect(lastStartingAt(items, offset)).toBe(walked);
    }),
  );
});
