using InfraDesigner.Web.Components.Ui;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Components.Ui;

public sealed class FieldTests : ComponentTestBase
{
    [Fact]
    public async Task A_text_field_labels_its_input()
    {
        var page = await Render<TextField>(new() { ["Label"] = "Name", ["Value"] = "plant" });

        var input = page.QuerySelector("input")!;
        page.QuerySelector($"label[for='{input.Id}']")!.TextContent.ShouldBe("Name");
        input.GetAttribute("value").ShouldBe("plant");
        input.GetAttribute("aria-invalid").ShouldBe("false");
    }

    [Fact]
    public async Task A_field_with_an_error_marks_the_input_invalid_and_points_to_the_message()
    {
        var page = await Render<TextField>(new() { ["Label"] = "Address", ["Error"] = "10.0.0.300/24 is not an IPv4 CIDR" });

        var input = page.QuerySelector("input")!;
        input.GetAttribute("aria-invalid").ShouldBe("true");
        var message = page.GetElementById(input.GetAttribute("aria-describedby")!)!;
        message.TextContent.ShouldBe("10.0.0.300/24 is not an IPv4 CIDR");
        message.GetAttribute("role").ShouldBe("alert");
    }

    [Fact]
    public async Task Fields_of_different_value_types_never_share_an_input_id()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await Render<TextField>(new() { ["Label"] = "Question" })).QuerySelector("input")!.Id!);
            ids.Add((await Render<NumberField>(new() { ["Label"] = "Port" })).QuerySelector("input")!.Id!);
        }

        ids.ShouldBeUnique();
    }

    [Fact]
    public async Task A_number_field_shows_its_unit_and_bounds()
    {
        var page = await Render<NumberField>(new() { ["Label"] = "RAM", ["Value"] = 16d, ["Min"] = 1d, ["Max"] = 4096d, ["Unit"] = "GB" });

        var input = page.QuerySelector("input[type=number]")!;
        input.GetAttribute("min").ShouldBe("1");
        input.GetAttribute("max").ShouldBe("4096");
        input.GetAttribute("value").ShouldBe("16");
        page.QuerySelector(".input-unit")!.TextContent.ShouldBe("GB");
    }

    [Fact]
    public async Task A_select_marks_the_current_value_as_selected()
    {
        var options = new List<SelectOption<string>> { new("tcp", "TCP"), new("udp", "UDP") };
        var page = await Render<SelectField<string>>(new() { ["Label"] = "Protocol", ["Options"] = options, ["Value"] = "udp" });

        var selected = page.QuerySelectorAll("option").Where(o => o.HasAttribute("selected")).Select(o => o.TextContent);
        selected.ShouldBe(["UDP"]);
    }
}
