// Regenerates src/main/resources/io/newsdesk/server/world-110m.path: the land of Natural Earth 1:110m (public
// domain) from npm world-atlas 2.0.2 (ISC), as one SVG path in an equirectangular projection where x = lon + 180
// and y = 90 - lat, rounded to a tenth of a degree. Run: npm install world-atlas@2.0.2 topojson-client@3.1.0 &&
// node world-outline.mjs > ../src/main/resources/io/newsdesk/server/world-110m.path
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8'));
const land = feature(topology, topology.objects.land);
const r = v => Math.round(v * 10) / 10;
const rings = [];
for (const f of land.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys) {
    for (const ring of poly) {
      let d = '', last = '';
      for (const [lon, lat] of ring) {
        const p = r(lon + 180) + ' ' + r(90 - lat);
        if (p === last) continue;
        d += (d ? 'L' : 'M') + p;
        last = p;
      }
      rings.push(d + 'Z');
    }
  }
}
process.stdout.write(rings.join('') + '\n');
