using InfraDesigner.Web.Components.Ui;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Tests.Components.Ui;

public sealed class TabsTests : ComponentTestBase
{
    private static RenderFragment Panels => builder =>
    {
        foreach (var title in new[] { "Path", "Rules" })
        {
            builder.OpenComponent<TabPanel>(0);
            builder.AddComponentParameter(1, nameof(TabPanel.Title), title);
            builder.AddComponentParameter(2, nameof(TabPanel.ChildContent), Fragment.Text($"{title} content"));
            builder.CloseComponent();
        }
    };

    [Fact]
    public async Task Tabs_follow_the_aria_tab_pattern_with_only_the_active_tab_focusable()
    {
        var page = await Render<Tabs>(new() { ["Label"] = "Answer", ["ActiveIndex"] = 1, ["ChildContent"] = Panels });

        var tabs = page.QuerySelectorAll("[role=tab]");
        tabs.Select(t => t.TextContent.Trim()).ShouldBe(["Path", "Rules"]);
        tabs.Select(t => t.GetAttribute("aria-selected")).ShouldBe(["false", "true"]);
        tabs.Select(t => t.GetAttribute("tabindex")).ShouldBe(["-1", "0"]);
        var panel = page.QuerySelector("[role=tabpanel]")!;
        panel.TextContent.Trim().ShouldBe("Rules content");
        panel.GetAttribute("aria-labelledby").ShouldBe(tabs[1].Id);
    }
}
