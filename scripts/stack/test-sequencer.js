const Sequencer = require('@jest/test-sequencer').default;
const path = require('node:path');

/**
 * jest's own order (slowest first by the timings of earlier runs, else biggest file first), except
 * that on a run with no timings (a clean clone: CI) the folders' e2e group files (`e2e.test.ts`, a few
 * lines each that run a dozen e2e files, the suite's longest after the launcher test) come first, so the
 * two workers do not end on them one after the other while the other worker idles.
 */
class GroupsFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const timed = (test) => Boolean(this._getCache(test)[test.path]);
    const isGroup = (test) => path.basename(test.path) === 'e2e.test.ts' && !timed(test);
    return [...sorted.filter(isGroup), ...sorted.filter((t) => !isGroup(t))];
  }
}

module.exports = GroupsFirstSequencer;
