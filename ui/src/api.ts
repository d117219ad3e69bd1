/** The JSON API client. The access token, when the server wants one, lives in sessionStorage only. */
const TOKEN_KEY = 'whosaid.token';

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
  }
}

let asking: Promise<void> | null = null;

/** Asks once for the access token with a modal form; concurrent 401s share the one dialog. */
function askForToken(): Promise<void> {
  asking ??= new Promise<void>((resolve) => {
    const dialog = document.createElement('dialog');
    dialog.className = 'token-dialog';
    const form = document.createElement('form');
    form.method = 'dialog';
    const label = document.createElement('label');
    label.append('This server needs an access token.');
    const input = document.createElement('input');
    input.type = 'password';
    input.name = 'token';
    input.required = true;
    input.autocomplete = 'current-password';
    label.append(input);
    const button = document.createElement('button');
    button.type = 'submit';
    button.textContent = 'Continue';
    form.append(label, button);
    dialog.append(form);
    document.body.append(dialog);
    form.addEventListener('submit', () => {
      sessionStorage.setItem(TOKEN_KEY, input.value.trim());
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      asking = null;
      resolve();
    });
    dialog.showModal();
  });
  return asking;
}

export async function api<T>(path: string, init: RequestInit = {}, retried = false): Promise<T> {
  const headers = new Headers(init.headers);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(path, { ...init, headers });
  const body = (await res.json().catch(() => null)) as
    | (T & { ok?: false; error?: { code: string; message: string } })
    | null;
  if (res.status === 401 && !retried) {
    sessionStorage.removeItem(TOKEN_KEY);
    await askForToken();
    return api<T>(path, init, true);
  }
  if (!res.ok || body === null) {
    const error = body?.error ?? { code: 'HTTP', message: `The server answered ${res.status}.` };
    throw new ApiFailure(error.message, error.code, res.status);
  }
  return body;
}

export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
