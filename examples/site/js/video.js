// Runs inside the stand-in video player: marks the embed's row in the parent page's demo panel
// and sets a cookie like a video service would.
(function () {
  document.cookie = '_ks_video=1; path=/; max-age=' + 60 * 60 * 24 * 30 + '; SameSite=Lax';
  try {
    var row = window.parent.document.querySelector('[data-demo="marketing-video"]');
    if (row) row.setAttribute('data-state', 'ran');
    window.parent.document.dispatchEvent(new CustomEvent('demo:ran'));
  } catch {
    // Opened on its own, outside the demo page: nothing to mark.
  }
})();
