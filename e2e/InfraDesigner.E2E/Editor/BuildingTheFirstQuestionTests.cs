using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Worked question 1 of the domain (zones A and B, app-a, fw-ab, sap) drawn with the mouse from an empty topology.</summary>
public sealed class BuildingTheFirstQuestionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task Zones_firewall_drawn_from_an_empty_topology_is_all_there_after_a_reload()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, "Question 1 " + Guid.NewGuid().ToString("N")[..6]);
        await Pages.ScreenshotAsync(editor.Page, "editor-empty");

        await editor.DropAsync("zone", 260, 360, "zone:zone-01");
        await editor.SetFieldAsync(editor.DataField("zone-name"), "A");
        await editor.DropAsync("zone", 740, 360, "zone:zone-01");
        await editor.SetFieldAsync(editor.DataField("zone-name"), "B");

        await editor.DropAsync("vm", 200, 420, "vm-01");
        await editor.SetFieldAsync(editor.DataField("name"), "app-a");
        await editor.Node("app-a").WaitForAsync();
        await editor.RefuseFieldAsync(editor.DataField("interfaces[0].address"), "10.0.1.300/24");
        // The field says it in words, without the document path ("interfaces[0].address: ...").
        await Assertions.Expect(editor.MessageAt("interfaces[0].address")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^10.0.1.300/24 is not an IPv4 CIDR"));
        await editor.SetFieldAsync(editor.DataField("interfaces[0].address"), "10.0.1.10/24");

        await editor.DropAsync("sap", 800, 420, "sap-01");
        await editor.SetFieldAsync(editor.DataField("name"), "sap");
        await editor.Node("sap").WaitForAsync();
        await editor.SetFieldAsync(editor.DataField("interfaces[0].address"), "10.0.2.10/24");

        await editor.DropAsync("switch", 200, 280, "sw-01");
        await editor.DropAsync("router", 360, 180, "rt-01");
        await editor.DropAsync("firewall", 520, 120, "fw-01");
        await editor.SetFieldAsync(editor.DataField("name"), "fw-ab");
        await editor.Node("fw-ab").WaitForAsync();

        await editor.CableAsync("app-a", "sw-01");
        await editor.CableAsync("sw-01", "rt-01");
        await editor.CableAsync("rt-01", "fw-ab");
        await editor.CableAsync("fw-ab", "sap");

        await editor.SelectAsync("fw-ab");
        await editor.Page.GetByTestId("add-rule").ClickAsync();
        await editor.SavedAsync();
        await editor.SetFieldAsync(editor.DataField("rules[0].source"), "app-a");
        await editor.SetFieldAsync(editor.DataField("rules[0].destination"), "sap");
        await editor.SetFieldAsync(editor.DataField("rules[0].ports"), "3300");
        await editor.Page.Locator("[data-rule]").First.GetByRole(AriaRole.Checkbox, new() { Name = "Enabled" }).CheckAsync();
        await editor.SavedAsync();
        await Pages.ScreenshotAsync(editor.Page, "editor-question-1");

        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        foreach (var id in new[] { "zone:A", "zone:B", "app-a", "sap", "sw-01", "rt-01", "fw-ab" })
            await editor.Node(id).WaitForAsync(new() { Timeout = 15_000 });
        (await editor.Page.Locator(".dg-link").CountAsync()).ShouldBe(4);
        (await editor.Node("app-a").InnerTextAsync()).ShouldContain("10.0.1.10/24");
        (await editor.Node("app-a").GetAttributeAsync("data-parents") ?? "").ShouldContain("zone:A");
        (await editor.Node("sap").GetAttributeAsync("data-parents") ?? "").ShouldContain("zone:B");
        await editor.SelectAsync("fw-ab");
        (await editor.DataField("rules[0].ports").InputValueAsync()).ShouldBe("3300");
        (await editor.DataField("rules[0].destination").InputValueAsync()).ShouldBe("element:sap");
        (await editor.Node("fw-ab").InnerTextAsync()).ShouldContain("1 rule · default deny");
        await Pages.ScreenshotAsync(editor.Page, "editor-question-1-reloaded");
    }
}
