// Whether this run is CI, for every test helper and script that must fail instead of skipping
// there. Plain JavaScript (typed by is-ci.d.mts) so scripts/*.mjs share it without a loader.

/**
 * True when the `CI` environment variable is set to anything but empty, `0` or `false`
 * (any case). CI services differ: GitHub Actions and GitLab set `CI=true`, others `CI=1`, and
 * .ci/run keeps whatever it is given; a check for `'true'` alone would treat `CI=1` as a
 * developer's machine and quietly skip the browser and database suites.
 */
export function isCI(env = process.env) {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}
