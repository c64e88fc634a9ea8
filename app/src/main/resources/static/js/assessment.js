// Saved assessments, progressive enhancement only: copy buttons for the private links.
(function () {
  'use strict';

  function enhanceCopyButtons() {
    if (!navigator.clipboard || !window.isSecureContext) {
      return;
    }
    var buttons = document.querySelectorAll('button[data-copy]');
    for (var i = 0; i < buttons.length; i++) {
      (function (button) {
        var input = document.getElementById(button.getAttribute('data-copy'));
        var status = document.getElementById(button.getAttribute('data-copy') + '-status');
        if (!input) {
          return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
          navigator.clipboard.writeText(input.value).then(function () {
            if (status) {
              status.textContent = button.getAttribute('data-copied');
            }
          }, function () {
            input.select();
          });
        });
      })(buttons[i]);
    }
  }

  // A read-only link field selects its whole text when focused, ready to copy by hand.
  function selectLinksOnFocus() {
    var inputs = document.querySelectorAll('.private-link__input');
    for (var i = 0; i < inputs.length; i++) {
      inputs[i].addEventListener('focus', function (event) {
        event.target.select();
      });
    }
  }

  function start() {
    enhanceCopyButtons();
    selectLinksOnFocus();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
