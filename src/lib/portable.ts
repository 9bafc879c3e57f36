// The portable atlas (`npm run build:portable`, build/mpp-atlas.html): the map page as one file that
// opens from disk (file://). A build-time constant, so the site's bundles carry none of its code.
export const PORTABLE: boolean = __MPP_PORTABLE__;
