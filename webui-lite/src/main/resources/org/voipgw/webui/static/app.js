// voipgw web UI live refresh. The pages work without this file; it only keeps lamps and states
// current. Every 2 s it polls /status.json; lamps are updated from it directly, and when anything
// changed it re-fetches this page and swaps in the elements marked data-live (same id), so texts
// stay server-rendered and escaped. Served as a file because the CSP forbids inline scripts.
(function () {
  'use strict';
  if (!document.querySelector('[data-live]')) {
    return;
  }
  var last = null;
  var headers = { 'X-Live-Refresh': '1' };

  function lampClass(state) {
    var blink = /-blink$/.test(state);
    var colour = state.replace(/-blink$/, '');
    return 'lamp c-' + colour + (blink ? ' blink' : '');
  }

  function updateLamps(lamps) {
    Object.keys(lamps).forEach(function (name) {
      var el = document.getElementById('lamp-' + name);
      if (el && el.getAttribute('data-state') !== lamps[name]) {
        el.setAttribute('data-state', lamps[name]);
        el.className = lampClass(lamps[name]);
      }
    });
  }

  function swapLiveParts() {
    fetch(location.pathname, { headers: headers, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        document.querySelectorAll('[data-live]').forEach(function (el) {
          var repl = el.id && fresh.getElementById(el.id);
          if (repl) {
            // keep an opened lamp explanation open across the swap
            var open = Array.prototype.map.call(el.querySelectorAll('details[open]'), function (d) { return d.id; });
            var node = document.importNode(repl, true);
            open.forEach(function (id) { var d = node.querySelector('#' + CSS.escape(id)); if (d) { d.open = true; } });
            el.replaceWith(node);
          }
        });
      })
      .catch(function () { /* the next poll tries again */ });
  }

  function poll() {
    fetch('/status.json', { headers: headers, credentials: 'same-origin' })
      .then(function (r) {
        if (r.status === 401) {
          location.href = '/login';
          return null;
        }
        return r.ok ? r.text() : null;
      })
      .then(function (text) {
        if (text === null) { return; }
        var status = JSON.parse(text);
        // uptime changes every second; only a change of lamps, sessions, registration, calls or FXS ports
        // re-fetches the page (while a call is up its duration and counters change, so VoIP状態 follows it)
        var key = JSON.stringify([status.lamps, status.pppoe, status.registration, status.calls, status.fxs]);
        if (key === last) { return; }
        last = key;
        updateLamps(status.lamps || {});
        // also on the first poll: the device may have moved on between rendering and now
        swapLiveParts();
      })
      .catch(function () { /* device busy or restarting: try again */ })
      .finally(function () { setTimeout(poll, 2000); });
  }

  poll();
}());
