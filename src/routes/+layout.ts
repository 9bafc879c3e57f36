// Every page is prerendered to static HTML (adapter-static); the URL's query is read in the browser.
export const prerender = true;
// Each page is a folder with its index.html (presenter/index.html, not presenter.html beside a
// presenter/ folder): the plainest static server finds it, and redirects /presenter to /presenter/.
export const trailingSlash = 'always';
