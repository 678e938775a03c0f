// Demo panel (a necessary script, never blocked): shows the visitor's current choice and which
// cookies exist, so the effect of accepting, refusing and withdrawing is visible on the page.
(function () {
  var nl = document.documentElement.lang === 'nl';
  var none = nl ? 'geen' : 'none';

  function render() {
    var decision = window.akkoord && window.akkoord.get ? window.akkoord.get() : null;
    var out = document.getElementById('demo-decision');
    if (out) {
      out.textContent = decision ? decision.categories.join(', ') + ' (' + decision.action + ')' : nl ? 'nog geen keuze' : 'no choice yet';
    }
    var names = document.cookie
      .split('; ')
      .filter(Boolean)
      .map(function (c) {
        return c.split('=')[0];
      });
    var jar = document.getElementById('demo-cookies');
    if (jar) jar.textContent = names.length ? names.join(', ') : none;
  }

  document.addEventListener('akkoord:change', render);
  document.addEventListener('demo:ran', render);
  document.addEventListener('DOMContentLoaded', render);
  // The banner announces itself with `ready`; until then there is nothing to show.
  var wait = setInterval(function () {
    if (window.akkoord && window.akkoord.on) {
      clearInterval(wait);
      window.akkoord.on('ready', render);
      render();
    }
  }, 50);
  setTimeout(function () {
    clearInterval(wait);
  }, 10000);
})();
