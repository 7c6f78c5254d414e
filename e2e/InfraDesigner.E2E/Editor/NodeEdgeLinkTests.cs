using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Links drawn from a node's border rather than a port, and links routed around other nodes.</summary>
public sealed class NodeEdgeLinkTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    [BrowserFact]
    public async Task A_link_dragged_from_a_vms_edge_to_a_switch_is_created_and_stored()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Edge link"));
        await editor.DropAsync("vm", 250, 300, "vm-01");
        await editor.DropAsync("switch", 650, 300, "sw-01");

        await editor.LinkFromEdgeAsync("vm-01", "sw-01");

        // Attached, not visible: a straight horizontal link has an empty bounding box.
        await editor.LinksBetween("vm-01", "sw-01").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        await editor.SavedAsync();
        await Pages.ScreenshotAsync(editor.Page, "editor-edge-link");
        await editor.Page.ReloadAsync();
        await editor.WaitReadyAsync();
        await editor.LinksBetween("vm-01", "sw-01").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        (await editor.Node("sw-01").Locator("[data-port-id=\"port1\"]").CountAsync()).ShouldBe(1);
    }

    [BrowserFact]
    public async Task A_link_dragged_from_a_vms_edge_to_another_vm_is_refused_with_the_reason()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, Unique("Edge refused"));
        await editor.DropAsync("vm", 250, 300, "vm-01");
        await editor.DropAsync("vm", 650, 300, "vm-02");

        await editor.LinkFromEdgeAsync("vm-01", "vm-02");

        await editor.Page.GetByText("A VM connects to a switch, not to another VM.").WaitForAsync();
        (await editor.Page.Locator(".dg-link").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task The_zones_samples_route_their_cables_around_the_nodes()
    {
        foreach (var sample in new[] { "zones-firewall", "zones-eai" })
        {
            var home = await fixture.OpenAsync();
            await home.GetByRole(AriaRole.Button, new() { Name = $"New from sample {sample}:", Exact = false }).ClickAsync();
            await home.WaitForURLAsync("**/topologies/*");
            var editor = new EditorPage(home);
            await editor.WaitReadyAsync();
            await editor.Page.Locator(".dg-link").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Pages.ScreenshotAsync(editor.Page, $"editor-routing-{sample}");

            var crossings = await editor.Page.EvaluateAsync<int>(LinkNodeCrossingsScript);
            crossings.ShouldBe(0);
        }
    }

    /// <summary>
    /// Counts link segments passing through the inside of an element that is neither of the link's ends
    /// (zones and host frames are backgrounds links may cross). Reads the drawn SVG paths' straight parts.
    /// </summary>
    private const string LinkNodeCrossingsScript =
        """
        () => {
          const boxes = [...document.querySelectorAll('.dg-nodes-layer > .dg-node')].map(n => ({
            id: n.dataset.nodeId, l: parseFloat(n.style.left), t: parseFloat(n.style.top),
            r: parseFloat(n.style.left) + parseFloat(n.style.width), b: parseFloat(n.style.top) + parseFloat(n.style.height) }));
          let crossings = 0;
          for (const link of document.querySelectorAll('.dg-link')) {
            const ends = [link.dataset.source, link.dataset.target];
            const pts = [...link.querySelector('.dg-link-path').getAttribute('d').matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map(m => ({ x: +m[1], y: +m[2] }));
            for (let i = 1; i < pts.length; i++) {
              const [a, c] = [pts[i - 1], pts[i]];
              if (a.x !== c.x && a.y !== c.y) continue; // a rounded corner, not a straight part
              for (const box of boxes) {
                if (ends.includes(box.id)) continue;
                if (Math.max(a.x, c.x) > box.l + 1 && Math.min(a.x, c.x) < box.r - 1 && Math.max(a.y, c.y) > box.t + 1 && Math.min(a.y, c.y) < box.b - 1) crossings++;
              }
            }
          }
          return crossings;
        }
        """;
}
