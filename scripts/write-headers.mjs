#!/usr/bin/env node
// Writes build/_headers (the format of Netlify, Cloudflare Pages and similar static hosts) after
// `vite build`. The Content-Security-Policy header repeats the policy each prerendered page carries
// in its <meta> tag, with the inline-script hashes of all pages, so the two policies agree.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BUILD = 'build';

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

const policies = htmlFiles(BUILD).map((file) => {
  const match = readFileSync(file, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
  if (!match) throw new Error(`${file} has no Content-Security-Policy meta tag`);
  return match[1];
});

// Merge: the same directives everywhere, script-src gathers every page's hashes.
const directives = new Map();
for (const policy of policies) {
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    const set = directives.get(name) ?? new Set();
    values.forEach((v) => set.add(v));
    directives.set(name, set);
  }
}
// Headers can say what a meta tag cannot: who may frame a page. Only the embed may be framed, by
// any site; every other page by none. (A host applies every block that matches a path, so the policy
// is given per page rather than in the catch-all block.)
const csp = (frameAncestors) =>
  [...directives, ['frame-ancestors', new Set([frameAncestors])]].map(([name, values]) => `${name} ${[...values].join(' ')}`).join('; ');
const basePath = process.env.BASE_PATH ?? '';
const pagePaths = htmlFiles(BUILD).map((file) => `${basePath}/${file.slice(BUILD.length + 1).replace(/index\.html$/, '')}`);
const pageBlocks = pagePaths
  .flatMap((path) => {
    const policy = path.startsWith(`${basePath}/embed/`) ? csp('*') : csp("'none'");
    return [path, `${path}index.html`].map((p) => `${p}\n  Content-Security-Policy: ${policy}\n`);
  })
  .join('');

const headers = `# Written by scripts/write-headers.mjs at build time. Serve these with every response.
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self)
  Cross-Origin-Opener-Policy: same-origin
${pageBlocks}`;
writeFileSync(join(BUILD, '_headers'), headers);
console.log(`wrote ${BUILD}/_headers (${policies.length} pages)`);
