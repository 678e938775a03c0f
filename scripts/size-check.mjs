// CI size check (`npm run size`, last step of .ci/run): builds nothing, reads the built
// packages/banner/dist/akkoord.js (and akkoord-with-log.js when built) and fails above the
// brotli budget or the peer ratio.
import { BROTLI_BUDGET, PEER_RATIO_BUDGET, sizes } from './bench/banner.mjs';

const { akkoord, withLog, peer } = sizes();
if (!akkoord) {
  console.error('size-check: packages/banner/dist/akkoord.js is missing; run `npm run build` first');
  process.exit(1);
}
const ratio = akkoord.brotli / peer.brotli;
console.log(`akkoord.js                        raw ${akkoord.raw} B, gzip ${akkoord.gzip} B, brotli ${akkoord.brotli} B`);
console.log(`vanilla-cookieconsent 3.1 JS+CSS  raw ${peer.raw} B, gzip ${peer.gzip} B, brotli ${peer.brotli} B`);
if (withLog) console.log(`akkoord-with-log.js               raw ${withLog.raw} B, gzip ${withLog.gzip} B, brotli ${withLog.brotli} B (same budget)`);
console.log(`brotli: ${akkoord.brotli} B of ${BROTLI_BUDGET} B budget; ${ratio.toFixed(3)}× the peer (budget ${PEER_RATIO_BUDGET}×)`);
const problems = [];
if (withLog) {
  if (withLog.brotli > BROTLI_BUDGET) problems.push(`akkoord-with-log.js brotli ${withLog.brotli} B > ${BROTLI_BUDGET} B`);
}
if (akkoord.brotli > BROTLI_BUDGET) problems.push(`brotli ${akkoord.brotli} B > ${BROTLI_BUDGET} B`);
if (ratio > PEER_RATIO_BUDGET) problems.push(`ratio ${ratio.toFixed(3)}× > ${PEER_RATIO_BUDGET}×`);
if (problems.length) {
  console.error(`size-check: FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('size-check: ok');
