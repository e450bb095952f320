/**
 * Browser code shared by every page: the session in localStorage exactly as Resolver's web app
 * keeps it (client-2022: `token` JSON-encoded, `tokenExpiresAt` unix seconds, `user` JSON,
 * `last-selected-org`), and renewal via `GET /user/authenticate` 2 minutes before expiry.
 * Renewal follows the browser's clock, so `sim.clock.advance()` does not trigger it.
 */
export const SESSION_SCRIPT = `
(function () {
  var S = window.SIM;
  var K = S.keys;
  function readToken() {
    try {
      var raw = localStorage.getItem(K.token);
      return raw ? JSON.parse(raw) : null;
    } catch (e) {
      return null;
    }
  }
  function store(login) {
    localStorage.setItem(K.token, JSON.stringify(login.token));
    localStorage.setItem(K.expiresAt, String(login.expiresAt));
    if (login.user) localStorage.setItem(K.user, JSON.stringify(login.user));
    if (login.currentOrg) localStorage.setItem(K.currentOrg, String(login.currentOrg.id));
  }
  function clear() {
    [K.token, K.expiresAt, K.user, K.originalUser, K.currentOrg].forEach(function (key) {
      localStorage.removeItem(key);
    });
  }
  function authHeader() {
    var token = readToken();
    return token ? S.scheme + ' ' + token : null;
  }
  var timer = null;
  var afterRenewal = null;
  function scheduleRenewal(onRenewed) {
    if (onRenewed) afterRenewal = onRenewed;
    clearTimeout(timer);
    var expiresAt = Number(localStorage.getItem(K.expiresAt));
    if (!readToken() || !expiresAt) return;
    var wait = (expiresAt - S.renewBeforeSeconds) * 1000 - Date.now();
    timer = setTimeout(function () {
      fetch(S.paths.authenticate, { headers: { Authorization: authHeader() } })
        .then(function (res) { return res.ok ? res.json() : null; })
        .then(function (renewed) {
          if (!renewed) return;
          store(renewed);
          if (afterRenewal) afterRenewal();
          scheduleRenewal();
        });
    }, Math.max(wait, 0));
  }
  window.addEventListener('storage', function (event) {
    if (event.key === K.expiresAt) scheduleRenewal();
  });
  window.simSession = { readToken: readToken, store: store, clear: clear, authHeader: authHeader, scheduleRenewal: scheduleRenewal };
})();
`;
