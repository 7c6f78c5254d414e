using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E;

/// <summary>The home page as a library: samples, import, export, duplicate, rename.</summary>
public sealed class TopologyLibraryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task A_sample_opens_as_a_new_topology()
    {
        var page = await fixture.OpenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "New from sample zones-firewall", Exact = false }).ClickAsync();

        await page.WaitForURLAsync("**/topologies/*");
        await page.Locator("h1", new() { HasText = "zones-firewall" }).WaitForAsync();
    }

    [BrowserFact]
    public async Task An_exported_file_imports_back_and_a_broken_file_is_refused_with_its_problems()
    {
        var page = await fixture.OpenAsync();
        await Pages.CreateTopologyAsync(page, "Exported " + Guid.NewGuid().ToString("N")[..6]);
        await Pages.GoHomeAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[download]").First.ClickAsync());
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);
        var importName = "Imported " + Guid.NewGuid().ToString("N")[..6];
        var file = Path.Combine(Path.GetTempPath(), importName + ".json");
        await File.WriteAllTextAsync(file, System.Text.RegularExpressions.Regex.Replace(exported, "\"name\":\"[^\"]*\"", $"\"name\":\"{importName}\"", default, TimeSpan.FromSeconds(1)));

        await page.GetByTestId("import-file").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Link, new() { Name = importName, Exact = true }).WaitForAsync();

        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(broken, """{"formatVersion":1,"name":"broken","vlans":[{"id":5000,"name":"too high"}]}""");
        await page.GetByTestId("import-file").SetInputFilesAsync(broken);
        var problems = page.GetByTestId("import-problems");
        await problems.WaitForAsync();
        (await problems.InnerTextAsync()).ShouldContain("vlans[0].id");
        await Pages.ScreenshotAsync(page, "home-import-refused");
        File.Delete(file);
        File.Delete(broken);
    }

    [BrowserFact]
    public async Task A_duplicated_topology_can_be_renamed()
    {
        var page = await fixture.OpenAsync();
        var name = "Original " + Guid.NewGuid().ToString("N")[..6];
        await Pages.CreateTopologyAsync(page, name);
        await Pages.GoHomeAsync(page);

        // A click that lands while the list is still being drawn after the navigation is lost; a user clicks again.
        var copy = page.GetByRole(AriaRole.Link, new() { Name = $"{name} (copy)", Exact = true });
        for (var attempt = 0; attempt < 3 && await copy.CountAsync() == 0; attempt++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = $"Duplicate {name}", Exact = true }).ClickAsync();
            try { await copy.WaitForAsync(new() { Timeout = 5_000 }); } catch (TimeoutException) { }
        }
        await copy.WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Rename {name} (copy)", Exact = true }).ClickAsync();
        var field = page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true });
        await field.FillAsync(name + " lab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = name + " lab", Exact = true }).WaitForAsync();
        await Pages.ScreenshotAsync(page, "home-library");
    }
}
