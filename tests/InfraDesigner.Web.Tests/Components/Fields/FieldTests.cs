using InfraDesigner.Domain.Validation;
using InfraDesigner.Web.Components.Fields;
using InfraDesigner.Web.Tests.Support;

namespace InfraDesigner.Web.Tests.Components.Fields;

/// <summary>What the app's fields add to MudBlazor's: the store's message alone marks a field invalid, units, option texts.</summary>
public sealed class FieldTests : ComponentTestBase
{
    [Fact]
    public async Task A_text_field_labels_its_input_and_keeps_to_the_text_limit()
    {
        var page = await Render<TextInput>(new() { ["Label"] = "Name", ["Value"] = "plant" });

        var input = page.QuerySelector("input")!;
        page.QuerySelector($"label[for='{input.Id}']")!.TextContent.ShouldBe("Name");
        input.GetAttribute("value").ShouldBe("plant");
        input.GetAttribute("aria-invalid").ShouldBe("false");
        input.GetAttribute("maxlength").ShouldBe(Limits.MaxTextLength.ToString());
    }

    [Fact]
    public async Task An_error_text_alone_marks_the_input_invalid_and_shows_the_message_at_the_field()
    {
        var page = await Render<TextInput>(new() { ["Label"] = "Address", ["ErrorText"] = "10.0.0.300/24 is not an IPv4 CIDR" });

        page.QuerySelector("input")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector(".mud-input-helper-text.mud-input-error")!.TextContent.Trim().ShouldBe("10.0.0.300/24 is not an IPv4 CIDR");
    }

    [Fact]
    public async Task No_error_text_leaves_the_field_valid()
    {
        var page = await Render<TextInput>(new() { ["Label"] = "Address", ["ErrorText"] = null });

        page.QuerySelector("input")!.GetAttribute("aria-invalid").ShouldBe("false");
        page.QuerySelector(".mud-input-error").ShouldBeNull();
    }

    [Fact]
    public async Task A_number_field_shows_its_unit_at_the_end_and_its_bounds()
    {
        var page = await Render<NumberInput>(new() { ["Label"] = "RAM", ["Value"] = 16d, ["Min"] = 1d, ["Max"] = 4096d, ["AdornmentText"] = "GB" });

        var input = page.QuerySelector("input")!;
        input.GetAttribute("aria-valuemin").ShouldBe("1");
        input.GetAttribute("aria-valuemax").ShouldBe("4096");
        input.GetAttribute("value").ShouldBe("16");
        page.QuerySelector(".mud-input-adornment-end")!.TextContent.Trim().ShouldBe("GB");
    }

    [Fact]
    public async Task A_select_shows_the_chosen_option_by_its_text()
    {
        var options = new List<SelectOption<string>> { new("", "Automatic (placed by the cluster)"), new("host1", "Host host1") };

        var page = await Render<SelectInput<string>>(new() { ["Label"] = "Runs on", ["Options"] = options, ["Value"] = "host1" });

        page.QuerySelector("input")!.GetAttribute("value").ShouldBe("Host host1");
    }
}
