// Runs plotly.js from its deflated base64 text, synchronously: inflates it and inserts it as an inline script. The
// page's Content-Security-Policy allows that script by the SHA-256 of plotly.js itself, as if it were inline.
import { inflateSync } from 'fflate';

export function run(base64) {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const script = document.createElement('script');
    script.textContent = new TextDecoder().decode(inflateSync(bytes));
    (document.head || document.documentElement).appendChild(script);
    script.remove();
}
