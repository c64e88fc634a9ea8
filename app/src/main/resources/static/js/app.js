// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // Questionnaire: show "n of 14 answered" and keep it up to date while answering.
  function enhanceProgress() {
    var progress = document.getElementById('progress');
    var form = document.querySelector('form.questionnaire');
    if (!progress || !form) {
      return;
    }
    var total = parseInt(progress.getAttribute('data-total'), 10);
    var template = progress.getAttribute('data-template') || '{0} / {1}';
    function update() {
      var names = {};
      var inputs = form.querySelectorAll('input[type="radio"]:checked');
      for (var i = 0; i < inputs.length; i++) {
        names[inputs[i].name] = true;
      }
      var answered = Object.keys(names).length;
      progress.textContent = template.replace('{0}', String(answered)).replace('{1}', String(total));
    }
    update();
    progress.hidden = false;
    form.addEventListener('change', update);
  }

  // Questionnaire with errors: move focus to the error summary, as screen readers expect.
  function focusErrorSummary() {
    var summary = document.querySelector('[data-autofocus]');
    if (summary) {
      summary.focus();
    }
  }

  // Result: print every collapsed section, such as the summary of answers.
  function openDetailsForPrint() {
    window.addEventListener('beforeprint', function () {
      var details = document.querySelectorAll('details:not([open])');
      for (var i = 0; i < details.length; i++) {
        details[i].setAttribute('open', '');
        details[i].setAttribute('data-opened-for-print', '');
      }
    });
    window.addEventListener('afterprint', function () {
      var details = document.querySelectorAll('details[data-opened-for-print]');
      for (var i = 0; i < details.length; i++) {
        details[i].removeAttribute('open');
        details[i].removeAttribute('data-opened-for-print');
      }
    });
  }

  function start() {
    enhanceProgress();
    focusErrorSummary();
    openDetailsForPrint();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
