// Loaded into the API process by bench/soak.ts (never by the product): on SIGUSR2 it runs a full
// garbage collection and prints the live heap, so the soak run measures what is kept, not what
// the collector has not yet reclaimed.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  const { heapUsed, rss, external, arrayBuffers } = process.memoryUsage();
  process.stdout.write(`@@heap ${JSON.stringify({ heapUsed, rss, external, arrayBuffers })}\n`);
});
