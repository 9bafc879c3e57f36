// The open-data files (/data/ports.geojson, /data/advisories.csv, …), written at build time.
import { error } from '@sveltejs/kit';
import { dataset } from '$lib/server/dataset';
import { openDataFiles } from '$lib/data/publish';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
// A file, not a page: written under its own name.
export const trailingSlash = 'never';

const files = openDataFiles(dataset);

export const entries: EntryGenerator = () => files.map((f) => ({ file: f.path }));

export const GET: RequestHandler = ({ params }) => {
  const file = files.find((f) => f.path === params.file);
  if (!file) error(404, 'No such data file');
  return new Response(file.body, { headers: { 'content-type': file.type } });
};
