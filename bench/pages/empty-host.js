// The empty page has rendered once its first frame is painted.
'use strict';

requestAnimationFrame(() => window.bench.markRendered());
