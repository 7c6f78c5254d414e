using InfraDesigner.E2E.Editor;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Reachability;

/// <summary>The Matrix tab: zone × zone reachability per port as a heatmap, each cell traced on the canvas.</summary>
public sealed class SegmentationMatrixTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static async Task<EditorPage> MatrixTabAsync(AppFixture fixture, string sample)
    {
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{await fixture.CreateFromSampleAsync(sample)}");
        await editor.Page.GetByRole(AriaRole.Tab, new() { Name = "Matrix", Exact = true }).ClickAsync();
        return editor;
    }

    private static ILocator Cell(EditorPage editor, string from, string to) =>
        editor.Page.Locator($"[data-testid=matrix-cell][data-from=\"{from}\"][data-to=\"{to}\"]");

    [BrowserFact]
    public async Task The_zones_firewall_matrix_shows_a_refused_sap_port_and_its_cell_traces_the_denial_on_the_canvas()
    {
        var editor = await MatrixTabAsync(fixture, "zones-firewall");
        await editor.Page.GetByTestId("matrix-ports").FillAsync("3300");
        await editor.Page.GetByTestId("matrix-submit").ClickAsync();

        var cell = Cell(editor, "A", "B");
        await cell.WaitForAsync();
        (await cell.GetAttributeAsync("data-verdict")).ShouldBe("Denied");
        await Pages.ScreenshotAsync(editor.Page, "matrix-zones-firewall");

        await cell.ClickAsync();

        await editor.Page.GetByRole(AriaRole.Tab, new() { Name = "Ask", Exact = true, Selected = true }).WaitForAsync();
        await editor.Page.GetByText("Denied at fw-ab").WaitForAsync();
        await editor.Page.Locator(".dg-link.path-deny, .dg-node.path-deny, [class*=deny]").First.WaitForAsync();
    }

    [BrowserFact]
    public async Task A_port_that_is_no_number_is_refused_at_the_field_and_nothing_is_checked()
    {
        var editor = await MatrixTabAsync(fixture, "zones-firewall");
        await editor.Page.GetByTestId("matrix-ports").FillAsync("3300, sap");
        await editor.Page.GetByTestId("matrix-submit").ClickAsync();

        await editor.Page.GetByText("'sap' is not a port number (1 to 65535).").WaitForAsync();
        (await editor.Page.GetByTestId("matrix").CountAsync()).ShouldBe(0);
    }

    [BrowserFact]
    public async Task Between_elements_on_the_listening_ports_app_a_reaches_the_eai_hub_but_not_sap()
    {
        var editor = await MatrixTabAsync(fixture, "zones-eai");
        await editor.Page.GetByTestId("matrix-scope").ChooseAsync("Elements");
        await editor.Page.GetByTestId("matrix-submit").ClickAsync();

        await editor.Page.GetByTestId("matrix-port").GetByText("443/tcp").ClickAsync();
        await Assertions.Expect(Cell(editor, "app-a", "eai")).ToHaveAttributeAsync("data-verdict", "Allowed");
        await Pages.ScreenshotAsync(editor.Page, "matrix-zones-eai-elements");
        await editor.Page.GetByTestId("matrix-port").GetByText("3300/tcp").ClickAsync();
        await Assertions.Expect(Cell(editor, "app-a", "sap")).ToHaveAttributeAsync("data-verdict", "Denied");
        await Assertions.Expect(Cell(editor, "eai", "sap")).ToHaveAttributeAsync("data-verdict", "Allowed");
    }
}
