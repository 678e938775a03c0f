// Stand-in for an advertising pixel (blocked until "marketing" is allowed). It marks its row in
// the demo panel and sets a cookie like a real pixel would, so withdrawal can be seen removing it.
(function () {
  var row = document.querySelector('[data-demo="marketing-pixel"]');
  if (row) row.setAttribute('data-state', 'ran');
  document.cookie = '_ks_px=' + Date.now() + '; path=/; max-age=' + 60 * 60 * 24 * 90 + '; SameSite=Lax';
  document.dispatchEvent(new CustomEvent('demo:ran'));
})();
