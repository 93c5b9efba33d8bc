// Stops and removes the throwaway cluster. A crash line in its log fails the run here too (the
// suite's last test asserts the same, so the failure is also counted as a test); the log is kept
// and its path printed when that happens.
'use strict';
const { readState, stopCluster } = require('./cluster');
const { crashLinesSince } = require('./crash-log');

module.exports = async function globalTeardown() {
  let state;
  try { state = readState(); } catch { return; }
  const crashes = crashLinesSince(state.log, 0);
  const keep = crashes.length > 0 || process.env.WH_HOSTILE_KEEP === '1';
  stopCluster(state, { keep });
  if (crashes.length) {
    throw new Error(`the hostile suite's cluster log shows ${crashes.length} crash line(s) (log kept at ${state.log}):\n${crashes.join('\n')}`);
  }
};
