namespace MlEngineerSite.Tests.Browser;

/// <summary>
/// Every page with a keyboard only: a skip link first, and Tab reaching every link, button and
/// field, each with a visible focus ring.
/// </summary>
[Collection(nameof(BrowserCollection))]
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class KeyboardBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task EveryPage_FirstTab_ShowsTheSkipLink_WhichMovesFocusToTheContent()
    {
        var page = await browser.NewPageAsync(realContent: true);
        var problems = new List<string>();
        foreach (var path in await browser.AuditedPathsAsync())
        {
            await page.GotoAsync(path);
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.className");
            var box = await page.Locator("a.skip-link").BoundingBoxAsync();
            await page.Keyboard.PressAsync("Enter");
            var target = await page.EvaluateAsync<string>("() => document.activeElement.id");

            if (focused != "skip-link" || box is null || box.Y < 0 || target != "Main")
            {
                problems.Add($"{path}: first Tab focused '{focused}' at y={box?.Y}, Enter moved focus to '{target}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task EveryPage_TabReachesEveryLinkButtonAndField_WithAVisibleFocusRing()
    {
        var page = await browser.NewPageAsync(realContent: true);
        var problems = new List<string>();
        foreach (var path in await browser.AuditedPathsAsync())
        {
            await page.GotoAsync(path);
            var expected = await page.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('a[href], button, input')].filter(e => e.offsetParent !== null || e.classList.contains('skip-link')).length");
            var reached = new HashSet<string>();
            for (var i = 0; i < expected + 3; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await page.EvaluateAsync<string[]>(
                    "() => { const e = document.activeElement; const s = getComputedStyle(e); return [e.tagName + ' ' + (e.getAttribute('href') || e.id || e.textContent) + ' ' + [...document.querySelectorAll('*')].indexOf(e), s.outlineStyle + ' ' + s.outlineWidth]; }");
                var (element, outline) = (focus[0], focus[1]);
                if (element.StartsWith("BODY", StringComparison.Ordinal))
                {
                    continue; // Past the last control, focus returns to the page itself.
                }

                reached.Add(element);
                if (outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal))
                {
                    problems.Add($"{path}: no visible focus on {element}");
                }
            }

            if (expected < 10 || reached.Count < expected)
            {
                problems.Add($"{path}: Tab reached {reached.Count} of {expected} links, buttons and fields");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
