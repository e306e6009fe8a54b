import { CONTENT_SECURITY_POLICY } from '../../scripts/vite-plugin-csp.ts';
import { test, expect, openApp, moveTo } from './fixtures.ts';

test.describe('Content-Security-Policy', () => {
  test('the built page carries the policy, every view works under it, and a request elsewhere is stopped by it', async ({
    page,
    record,
  }) => {
    // Violations are also console errors (which every test checks); this collects them by directive.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await openApp(page);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      CONTENT_SECURITY_POLICY,
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    for (const view of ['district', 'districts', 'targets', 'coverage', 'overlap', 'data']) {
      await moveTo(page, `?view=${view}`);
      // The overlap view reads the register (Parquet, decoded by WebAssembly) when it opens.
      if (view === 'overlap')
        await expect(page.locator('.card', { hasText: 'Rumah tangga ditandai' }).locator('.value')).toHaveText(
          '4.500',
          { timeout: 120_000 },
        );
    }
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    // The policy is enforced: a request to another origin is stopped by the browser before it is made (the
    // test's own network guard never sees it), and reported as a violation.
    const fetched = await page.evaluate(() =>
      fetch('https://data.example.org/penerima.csv').then(
        () => 'fetched',
        (error: Error) => error.name,
      ),
    );
    expect(fetched).toBe('TypeError');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([
      'connect-src https://data.example.org/penerima.csv',
    ]);
    expect(record.consoleErrors.filter((e) => !/Content Security Policy|Failed to fetch/.test(e))).toEqual([]);
    expect(record.outside).toEqual([]);
  });
});
