using InfraDesigner.Web.Components.Ui;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Components.Ui;

public sealed class ButtonTests : ComponentTestBase
{
    [Fact]
    public async Task A_button_carries_its_variant_and_is_not_a_submit_button_by_default()
    {
        var page = await Render<Button>(new() { ["Variant"] = "primary", ["ChildContent"] = Fragment.Text("Create") });

        var button = page.QuerySelector("button")!;
        button.ClassList.ShouldContain("btn-primary");
        button.GetAttribute("type").ShouldBe("button");
        button.TextContent.Trim().ShouldBe("Create");
    }

    [Fact]
    public async Task An_icon_button_is_named_by_its_label_for_screen_readers_and_tooltips()
    {
        var page = await Render<IconButton>(new() { ["Icon"] = "trash", ["Label"] = "Delete plant" });

        var button = page.QuerySelector("button")!;
        button.GetAttribute("aria-label").ShouldBe("Delete plant");
        button.GetAttribute("title").ShouldBe("Delete plant");
        page.QuerySelector(".icon")!.GetAttribute("aria-hidden").ShouldBe("true");
    }
}
