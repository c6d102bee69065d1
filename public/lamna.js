// "Lämna sidan snabbt" (app/src/components/quick_exit.rs): covers the page at once, replaces it
// in the history so that Back does not return to it, and leaves. Three presses of Shift do the
// same. Plain and small, so it works before the application's code has loaded.
(function () {
  'use strict';
  var button = document.getElementById('lamna-snabbt');
  if (!button) return;
  var status = document.getElementById('lamna-status');
  var needed = Number(button.getAttribute('data-tryck')) || 3;
  var windowMs = Number(button.getAttribute('data-fonster')) || 5000;

  function leave() {
    var cover = document.createElement('div');
    cover.id = 'lamna-tackning';
    cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff';
    document.body.appendChild(cover);
    document.title = '';
    window.location.replace(button.href);
  }

  button.addEventListener('click', function (event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    leave();
  });

  var presses = 0;
  var first = 0;
  var other = false;
  document.addEventListener('keydown', function (event) {
    // Shift goes down first for a capital letter: what goes down after it is the letter.
    other = event.key !== 'Shift';
  });
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') return;
    var now = Date.now();
    // A Shift held for a capital letter does not count, and starts the count again.
    if (other) {
      other = false;
      presses = 0;
      if (status) status.textContent = '';
      return;
    }
    // Presses too far apart start it again too.
    if (presses === 0 || now - first > windowMs) {
      presses = 0;
      first = now;
    }
    presses += 1;
    if (presses >= needed) {
      leave();
      return;
    }
    if (status) {
      status.textContent = status.getAttribute('data-kvar-' + (needed - presses)) || '';
    }
  });
})();
