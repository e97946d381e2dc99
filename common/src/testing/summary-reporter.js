/**
 * Prints one plain closing line, "tests: N passed, N failed[, N skipped]", as the very last line of a
 * run (after jest's own summary), so that tools reading the end of the output see how many tests ran.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
    // jest's summary reporter always runs after custom reporters, so write on exit
    process.once('exit', () => process.stderr.write(line));
  }
}
module.exports = SummaryReporter;
