// CI size check (`npm run size`, last step of .ci/run): builds nothing, reads the built
// packages/banner/dist/akkoord.js and akkoord-with-log.js, prints their bytes beside the peer
// and the budgets. It fails when a build misses the budget (bytes or ratio to the peer) or grows
// past the CI ceiling (the last measured size plus about 1 %, so growth is always deliberate).
import { BROTLI_BUDGET, CI_CEILING, LOG_CLIENT_BUDGET, PEER_RATIO_BUDGET, sizes } from './bench/banner.mjs';

const { akkoord, withLog, peer } = sizes();
if (!akkoord || !withLog) {
  console.error('size-check: packages/banner/dist/akkoord.js or akkoord-with-log.js is missing; run `npm run build` first');
  process.exit(1);
}
const logBudget = BROTLI_BUDGET + LOG_CLIENT_BUDGET;
const ratio = akkoord.brotli / peer.brotli;
const line = (name, s) => `${name.padEnd(34)} raw ${s.raw} B, gzip ${s.gzip} B, brotli ${s.brotli} B`;
console.log(line('akkoord.js', akkoord));
console.log(line('akkoord-with-log.js', withLog));
console.log(line('vanilla-cookieconsent 3.1 JS+CSS', peer));
console.log(`akkoord.js: ${ratio.toFixed(3)}× the peer (budget ${PEER_RATIO_BUDGET}×)`);

const missed = [];
if (akkoord.brotli > BROTLI_BUDGET) missed.push(`akkoord.js ${akkoord.brotli} B > budget ${BROTLI_BUDGET} B`);
if (withLog.brotli > logBudget) missed.push(`akkoord-with-log.js ${withLog.brotli} B > budget ${logBudget} B`);
if (ratio > PEER_RATIO_BUDGET) missed.push(`ratio ${ratio.toFixed(3)}× > ${PEER_RATIO_BUDGET}×`);
const grew = [];
if (akkoord.brotli > CI_CEILING.akkoord) grew.push(`akkoord.js ${akkoord.brotli} B > ceiling ${CI_CEILING.akkoord} B`);
if (withLog.brotli > CI_CEILING.withLog) grew.push(`akkoord-with-log.js ${withLog.brotli} B > ceiling ${CI_CEILING.withLog} B`);
if (missed.length) console.error(`size-check: FAILED, budget missed: ${missed.join('; ')}`);
if (grew.length)
  console.error(
    `size-check: FAILED, the bundle grew past the ceiling (raise it in scripts/bench/banner.mjs only on purpose): ${grew.join('; ')}`,
  );
if (missed.length || grew.length) process.exit(1);
console.log('size-check: ok, within budget and ceiling');
