/**
 * The only page the preview shows without its session cookie: no token, no data, no app code.
 * Its script reads the launch secret from the fragment, drops it from the address bar at once,
 * and trades it for the cookie; then it loads the app.
 */

/** Path of the door's script and of the exchange. */
export const DOOR_SCRIPT_PATH = '/__door.js';
export const DOOR_STYLE_PATH = '/__door.css';
export const EXCHANGE_PATH = '/__adgang';
/** The fragment key the CLI's launch URL uses: `#adgang=<secret>`. */
export const FRAGMENT_KEY = 'adgang';

export const DOOR_HTML = `<!doctype html>
<html lang="da">
  <head>
    <meta charset="utf-8">
    <title>Ledelsesrum</title>
    <link rel="stylesheet" href="${DOOR_STYLE_PATH}">
    <script defer src="${DOOR_SCRIPT_PATH}"></script>
  </head>
  <body>
    <main>
      <h1>Ledelsesrum</h1>
      <p id="door-da">Åbn den adresse, som terminalen viste, da du startede «npm run preview». Kun den, der har adressen, kommer ind.</p>
      <p id="door-en" lang="en">Open the address the terminal showed when you started “npm run preview”. Only the person holding it gets in.</p>
    </main>
  </body>
</html>
`;

export const DOOR_SCRIPT = `(() => {
  const used = () => {
    document.getElementById('door-da').textContent =
      'Adressen er allerede brugt. Tryk Enter i terminalen, hvor Ledelsesrum kører, for at få en ny.';
    document.getElementById('door-en').textContent =
      'This address has already been used. Press Enter in the terminal running Ledelsesrum to get a new one.';
  };
  const enter = () => {
    const match = /^#${FRAGMENT_KEY}=([0-9a-f]{64})$/.exec(location.hash);
    history.replaceState(null, '', '/');
    if (!match) return;
    fetch('${EXCHANGE_PATH}', { method: 'POST', body: match[1] })
      .then((response) => (response.ok ? location.reload() : used()))
      .catch(used);
  };
  // A launch address pasted into an open door page changes only the fragment.
  addEventListener('hashchange', enter);
  enter();
})();
`;

export const DOOR_STYLE = `body { font: 16px/1.5 system-ui, sans-serif; background: #f6f5f2; color: #1d2327; margin: 0; }
main { max-width: 36rem; margin: 15vh auto; padding: 2rem; background: #fff; border-radius: 8px; }
h1 { font-size: 1.5rem; margin-top: 0; }
@media (prefers-color-scheme: dark) { body { background: #14181b; color: #e8eaeb; } main { background: #1f2529; } }
`;
