import sharp from 'sharp';
const f = process.argv[2];
const a = await sharp(f).resize(192,144,{fit:'cover'}).webp({quality:80, effort:0}).toBuffer();
const b = await sharp(f).resize(192,144,{fit:'cover'}).webp({quality:50, effort:0}).toBuffer();
console.log(a.length, b.length);
const A = await sharp(a).resize(384,288,{kernel:'nearest'}).png().toBuffer();
const B = await sharp(b).resize(384,288,{kernel:'nearest'}).png().toBuffer();
await sharp({create:{width:780,height:288,channels:3,background:'#fff'}}).composite([{input:A,left:0,top:0},{input:B,left:396,top:0}]).png().toFile('/tmp/thumbs.png');
