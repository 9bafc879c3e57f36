import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--disable-sync','--disable-quic','--no-first-run'] });
const p = await b.newPage({ viewport: { width: 1366, height: 768 } });
await p.goto('http://127.0.0.1:4190/');
await p.waitForTimeout(2500);
await p.screenshot({ path: '/tmp/browse-en.png', clip: { x: 0, y: 0, width: 1366, height: 120 } });
await b.close();
