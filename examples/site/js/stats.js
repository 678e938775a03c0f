// Stand-in for a statistics tool (blocked until "analytics" is allowed). It marks its row in the
// demo panel and sets the cookie a real tool would, so withdrawal can be seen removing it.
(function () {
  var row = document.querySelector('[data-demo="analytics-src"]');
  if (row) row.setAttribute('data-state', 'ran');
  if (!/(?:^|; )_ks_stats=/.test(document.cookie)) {
    var id = Math.random().toString(36).slice(2, 12);
    document.cookie = '_ks_stats=' + id + '; path=/; max-age=' + 60 * 60 * 24 * 365 + '; SameSite=Lax';
  }
  document.dispatchEvent(new CustomEvent('demo:ran'));
})();
