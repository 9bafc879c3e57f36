// The map page's data, built into the file (the site prerenders it into the page's HTML instead).
import pageData from 'virtual:mpp-page-data';

export const load = () => pageData;
