using InfraDesigner.Web.Components.Ui;
using InfraDesigner.Web.Tests.Support;
using Microsoft.AspNetCore.Components;

namespace InfraDesigner.Web.Tests.Components.Ui;

public sealed class DataTableTests : ComponentTestBase
{
    private sealed record Host(string Name, int Cores);

    private static RenderFragment Columns => builder =>
    {
        builder.OpenComponent<Column<Host>>(0);
        builder.AddComponentParameter(1, nameof(Column<Host>.Title), "Name");
        builder.AddComponentParameter(2, nameof(Column<Host>.Template), Fragment.Of<Host>(h => h.Name));
        builder.AddComponentParameter(3, nameof(Column<Host>.SortBy), (Func<Host, IComparable?>)(h => h.Name));
        builder.CloseComponent();
        builder.OpenComponent<Column<Host>>(4);
        builder.AddComponentParameter(5, nameof(Column<Host>.Title), "Cores");
        builder.AddComponentParameter(6, nameof(Column<Host>.Template), Fragment.Of<Host>(h => h.Cores.ToString()));
        builder.CloseComponent();
    };

    [Fact]
    public async Task A_table_renders_a_header_per_column_and_a_row_per_item()
    {
        Host[] hosts = [new("host1", 20), new("host2", 32)];
        var page = await Render<DataTable<Host>>(new() { ["Label"] = "Hosts", ["Items"] = hosts, ["ChildContent"] = Columns });

        page.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim().TrimEnd('↕').Trim()).ShouldBe(["Name", "Cores"]);
        page.QuerySelectorAll("tbody tr").Select(tr => string.Join("|", tr.Children.Select(td => td.TextContent))).ShouldBe(["host1|20", "host2|32"]);
        page.QuerySelector("table")!.GetAttribute("aria-label").ShouldBe("Hosts");
    }

    [Fact]
    public async Task Only_sortable_columns_offer_a_sort_button()
    {
        var page = await Render<DataTable<Host>>(new() { ["Label"] = "Hosts", ["Items"] = Array.Empty<Host>(), ["ChildContent"] = Columns });

        page.QuerySelectorAll("th button.th-sort").Length.ShouldBe(1);
    }

    [Fact]
    public async Task An_empty_table_shows_its_empty_message_across_all_columns()
    {
        var page = await Render<DataTable<Host>>(new()
        {
            ["Label"] = "Hosts", ["Items"] = Array.Empty<Host>(), ["ChildContent"] = Columns, ["Empty"] = Fragment.Text("No hosts yet."),
        });

        var cell = page.QuerySelector("tbody tr.empty-row td")!;
        cell.TextContent.ShouldBe("No hosts yet.");
        cell.GetAttribute("colspan").ShouldBe("2");
    }
}
