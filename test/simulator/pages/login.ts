/**
 * The web app's login page: email + password, org choice for multi-org users, then the TOTP
 * setup (QR code + manual key) or verification with "Remember this device for 30 days".
 * On success it stores the session like Resolver's web app and opens the home page.
 */
import { page } from './layout';

const BODY = `
<header>Resolver</header>
<main>
  <h1>Sign in</h1>
  <p id="message" role="alert"></p>
  <form id="login-form">
    <label for="email">Email</label>
    <input id="email" name="email" type="email" autocomplete="username" required>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password" required>
    <button type="submit">Sign in</button>
  </form>
  <form id="org-form" hidden>
    <label for="org">Organisation</label>
    <select id="org" name="org"></select>
    <button type="submit">Continue</button>
  </form>
  <form id="mfa-form" hidden>
    <section id="mfa-setup" hidden>
      <h2>Set up multi-factor authentication</h2>
      <p>Scan this QR code with your authenticator app, or type the key into it.</p>
      <img id="mfa-qr" alt="QR code for your authenticator app" width="200" height="200">
      <p>Key: <code id="mfa-secret"></code></p>
    </section>
    <label for="mfa-code">Authentication code</label>
    <input id="mfa-code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required>
    <label><input id="remember-device" name="rememberDevice" type="checkbox"> Remember this device for 30 days</label>
    <button type="submit">Verify</button>
  </form>
</main>`;

const SCRIPT = `
(function () {
  var S = window.SIM;
  var credentials = null;
  var challenge = null;
  var $ = function (id) { return document.getElementById(id); };
  function say(text) { $('message').textContent = text; }
  function show(formId) {
    ['login-form', 'org-form', 'mfa-form'].forEach(function (id) { $(id).hidden = id !== formId; });
  }
  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }).then(function (res) {
      return res.json().then(function (json) { return { ok: res.ok, json: json }; });
    });
  }
  function handle(result) {
    var r = result.json;
    if (!result.ok) { say(r.message === 'invalid.credentials' ? 'Wrong email or password.' : 'Sign-in failed: ' + r.message); return; }
    say('');
    if (r.token) {
      window.simSession.store(r);
      location.assign(S.paths.home);
    } else if (r.mfa) {
      challenge = r.mfaChallenge;
      $('mfa-setup').hidden = r.mfa !== 'setup';
      if (r.mfa === 'setup') { $('mfa-qr').src = r.qrCode; $('mfa-secret').textContent = r.secret; }
      show('mfa-form');
      $('mfa-code').focus();
    } else if (r.availableOrgs) {
      $('org').replaceChildren.apply($('org'), r.availableOrgs.map(function (org) {
        return new Option(org.orgName, String(org.id));
      }));
      show('org-form');
      $('org').focus();
    }
  }
  $('login-form').addEventListener('submit', function (event) {
    event.preventDefault();
    credentials = { email: $('email').value, password: $('password').value, client: 'web' };
    post(S.paths.authenticate, credentials).then(handle);
  });
  $('org-form').addEventListener('submit', function (event) {
    event.preventDefault();
    post(S.paths.authenticate, Object.assign({}, credentials, { selectedOrg: Number($('org').value) })).then(handle);
  });
  $('mfa-form').addEventListener('submit', function (event) {
    event.preventDefault();
    post(S.paths.mfa, {
      mfaChallenge: challenge,
      code: $('mfa-code').value.trim(),
      rememberDevice: $('remember-device').checked,
    }).then(function (result) {
      if (!result.ok && result.json.message === 'mfa.code.invalid') { say('That code is not right. Try the current one.'); return; }
      handle(result);
    });
  });
})();
`;

export function loginPage(): string {
  return page({ title: 'Sign in · Resolver', body: BODY, script: SCRIPT });
}
