// Write the hostile-input corpus (decompression bombs, oversized and truncated WARC records, deep
// nesting, a huge text page, good pages beside them) into a folder, generated on the fly:
//   npm run fuzz:inputs -- out/hostile [--max-bytes N]
//   entente ingest out/hostile --db hostile.db --max-bytes N
import { writeHostileCorpus } from '../src/test-support/hostile-inputs.js';

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--')) ?? 'out/hostile';
const flag = args.indexOf('--max-bytes');
const maxBytes = flag >= 0 ? Number(args[flag + 1]) : 8 * 1024 * 1024;
for (const c of writeHostileCorpus(dir, maxBytes))
  process.stdout.write(
    `${dir}/${c.file}: expect ${c.code ?? 'stored'}, ${c.goodPages} good page(s) beside\n`,
  );
