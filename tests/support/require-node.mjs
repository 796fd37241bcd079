// Stops an npm script early, with a clear message, when the Node running it is
// older than Astro 7 needs. npm scripts normally run on the Node 22 binary that
// `npm install` / `npm ci` put in node_modules/.bin (the node-<platform>
// optional dependency, pinned with its integrity in package-lock.json), so this
// only fires on a platform that has no such package and an older system Node.
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 22 || (major === 22 && minor >= 12);
if (!ok) {
  console.error(
    `Downhill needs Node >= 22.12 (Astro 7), but this npm script runs on Node ${process.versions.node} ` +
      `(${process.execPath}).\n` +
      `Run it through npm (npm start, npm test, npm run …), which puts the Node 22 from ` +
      `node_modules/.bin first on PATH. npm install provides that binary on Linux, macOS and Windows ` +
      `(x64 and arm64); if none was installed for ${process.platform}-${process.arch}, ` +
      `install Node 22.12 or newer yourself.`,
  );
  process.exit(1);
}
