import sharp from 'sharp';
import { readdirSync } from 'node:fs';
const files = process.argv.slice(2);
for (const q of [80, 65, 55, 45]) {
  let tot = 0;
  for (const f of files) tot += (await sharp(f).resize(192,144,{fit:'cover'}).webp({quality:q, effort:0}).toBuffer()).length;
  console.log(q, (tot/files.length/1024).toFixed(2), 'kB avg');
}
