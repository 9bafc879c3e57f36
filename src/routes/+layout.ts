// Every page is prerendered to static HTML (adapter-static); the URL's query is read in the browser.
export const prerender = true;
export const trailingSlash = 'ignore';
