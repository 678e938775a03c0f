// The cookie-settings link of the generated privacy statement (a necessary script, never blocked).
// The statement writes plain links, so its link to `/#cookie-instellingen` has no
// data-akkoord="preferences": this script adds it to every link on this site to that address, so
// the banner opens the preferences in place. A page opened at that address (a link from
// elsewhere, e.g. an e-mail) opens them as soon as the banner is ready.
(function () {
  var HASH = '#cookie-instellingen';

  function mark() {
    var links = document.querySelectorAll('a[href$="' + HASH + '"]');
    for (var i = 0; i < links.length; i++) {
      if (links[i].origin === location.origin) links[i].setAttribute('data-akkoord', 'preferences');
    }
  }

  function openIfAsked() {
    if (location.hash === HASH && window.akkoord) window.akkoord.showPreferences();
  }

  mark();
  // akkoord.js (also deferred, and earlier in the page) has defined window.akkoord by now.
  if (window.akkoord) window.akkoord.on('ready', openIfAsked);
  window.addEventListener('hashchange', openIfAsked);
})();
