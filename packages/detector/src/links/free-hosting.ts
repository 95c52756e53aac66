/**
 * Hosts where anyone can publish a page, so the domain says nothing about the owner.
 * Matched on the host (a site `abc.web.app` is under `web.app`); a brand name placed in
 * front of them is read as a sub-domain.
 */
export const FREE_HOSTING: readonly string[] = [
  'sites.google.com',
  'docs.google.com',
  'forms.gle',
  'googleapis.com',
  'googleusercontent.com',
  'blogspot.com',
  'github.io',
  'githubusercontent.com',
  'web.app',
  'firebaseapp.com',
  'pages.dev',
  'workers.dev',
  'r2.dev',
  'vercel.app',
  'netlify.app',
  'wixsite.com',
  'weebly.com',
  'wordpress.com',
  'glitch.me',
  '000webhostapp.com',
  'herokuapp.com',
  'onrender.com',
  'ngrok-free.app',
  'ngrok.io',
  'webflow.io',
  'notion.site',
  'surge.sh',
  'carrd.co',
  'amazonaws.com',
  'azurewebsites.net',
];

const ENTRIES = new Set(FREE_HOSTING);
// Entries never nest, so the host and its parent domains meet at most one of them.
for (const entry of FREE_HOSTING) {
  if (FREE_HOSTING.some((other) => entry.endsWith(`.${other}`))) throw new Error(`free-hosting: ${entry} nests in another entry`);
}

/** The free-hosting entry covering `host`, if any: the host itself or one of its parent domains. */
export function findFreeHosting(host: string): string | undefined {
  for (let rest = host; ; ) {
    if (ENTRIES.has(rest)) return rest;
    const dot = rest.indexOf('.');
    if (dot < 0) return undefined;
    rest = rest.slice(dot + 1);
  }
}
