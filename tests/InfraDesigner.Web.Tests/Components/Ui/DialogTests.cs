using InfraDesigner.Web.Components.Ui;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Components.Ui;

public sealed class DialogTests : ComponentTestBase
{
    [Fact]
    public async Task A_closed_dialog_renders_nothing()
    {
        var page = await Render<Dialog>(new() { ["Title"] = "New topology", ["Open"] = false });

        page.QuerySelector("[role=dialog]").ShouldBeNull();
    }

    [Fact]
    public async Task An_open_dialog_is_modal_and_named_by_its_title()
    {
        var page = await Render<Dialog>(new() { ["Title"] = "New topology", ["Open"] = true, ["ChildContent"] = Fragment.Text("body") });

        var dialog = page.QuerySelector("[role=dialog]")!;
        dialog.GetAttribute("aria-modal").ShouldBe("true");
        page.GetElementById(dialog.GetAttribute("aria-labelledby")!)!.TextContent.ShouldBe("New topology");
        page.QuerySelector("button[aria-label=Close]").ShouldNotBeNull();
    }
}
