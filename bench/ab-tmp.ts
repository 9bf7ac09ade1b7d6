const roots = process.argv.slice(2);
for (let round = 0; round < 2; round++)
  for (const root of roots) {
    const { start } = await import(`${root}/bench/targets/start.ts`);
    const results = await start.run();
    console.log(root, results.map((r: any) => `${r.id} ${r.measured.value.toFixed(2)} ${JSON.stringify(r.details)}`).join("\n   "));
  }
