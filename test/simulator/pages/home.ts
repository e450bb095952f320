/** The page after sign-in: who is signed in, the org, and Admin > Tools > "Swagger Docs". */
import { CLIENT_CONFIG, page } from './layout';

const BODY = `
<header>
  <nav aria-label="Admin">Admin › Tools › <a id="swagger-docs" href="${CLIENT_CONFIG.paths.swagger}">Swagger Docs</a></nav>
</header>
<main>
  <h1>Home</h1>
  <p id="who" role="status">Loading…</p>
  <p id="current-org"></p>
  <button id="sign-out" type="button">Sign out</button>
</main>`;

const SCRIPT = `
(function () {
  var S = window.SIM;
  var $ = function (id) { return document.getElementById(id); };
  function signedOut(text) {
    $('who').replaceChildren(text + ' ');
    var link = document.createElement('a');
    link.href = S.paths.login;
    link.textContent = 'Sign in';
    $('who').append(link);
  }
  $('sign-out').addEventListener('click', function () {
    window.simSession.clear();
    location.assign(S.paths.login);
  });
  var auth = window.simSession.authHeader();
  if (!auth) { signedOut('You are signed out.'); return; }
  fetch(S.paths.me, { headers: { Authorization: auth } })
    .then(function (res) { return res.ok ? res.json() : Promise.reject(res.status); })
    .then(function (me) {
      $('who').textContent = 'Signed in as ' + me.first + ' ' + me.last + ' (' + me.email + ')' + (me.isAdmin ? ', administrator' : '');
      $('current-org').textContent = 'Organisation: ' + me.currentOrg.name;
      window.simSession.scheduleRenewal();
    })
    .catch(function () { signedOut('Your session has ended.'); });
})();
`;

export function homePage(): string {
  return page({ title: 'Home · Resolver', body: BODY, script: SCRIPT });
}
