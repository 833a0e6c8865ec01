// Usage: node vendor/schemaorg/extract.mjs <schemaorg-current-https.jsonld> <out.json>
import fs from 'node:fs';
const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const strip = (id) => id.replace(/^schema:/, '');
const ids = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((x) => strip(x['@id']));
const classes = {}, properties = {};
for (const node of doc['@graph']) {
  const types = [].concat(node['@type']);
  if (!node['@id'].startsWith('schema:')) continue;
  const name = strip(node['@id']);
  if (types.includes('rdfs:Class')) classes[name] = ids(node['rdfs:subClassOf']).filter((p) => !p.includes(':'));
  if (types.includes('rdf:Property')) properties[name] = ids(node['schema:domainIncludes']);
  if (types.includes('schema:DataType') && !classes[name]) classes[name] = [];
}
const sorted = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
fs.writeFileSync(process.argv[3], JSON.stringify({ release: '30.0', classes: sorted(classes), properties: sorted(properties) }) + '\n');
console.log(Object.keys(classes).length, Object.keys(properties).length);
