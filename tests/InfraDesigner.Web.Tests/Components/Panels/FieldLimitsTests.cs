using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Web.Tests.Components.Panels;

/// <summary>Text past a field's limit is refused at the field, with the limit, and stores nothing.</summary>
public sealed class FieldLimitsTests : PanelTestBase
{
    [Fact]
    public async Task A_name_field_carries_the_name_limit_and_refuses_a_longer_name_at_the_field()
    {
        var session = await OpenAsync(SampleTopologies.ZonesFirewall.Topology);
        var page = await SelectAsync(session, "app-a");
        page.QuerySelector("[data-field='name']")!.GetAttribute("maxlength").ShouldBe(Limits.MaxNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture));

        page = await Panel.ChangeAsync("data-field", "name", new string('x', Limits.MaxNameLength + 1));

        MessageAt(page, "name").ShouldBe("Names are at most 200 characters.");
        (await StoredAsync()).FindElement("app-a").ShouldNotBeNull();
        session.Topology!.FindElement("app-a").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_description_may_be_longer_than_a_name_up_to_its_own_limit()
    {
        var session = await OpenAsync(SampleTopologies.ZonesFirewall.Topology);
        var page = await SelectAsync(session, "app-a");
        var label = page.QuerySelectorAll("label").First(l => l.TextContent.Trim() == "Description");
        page.GetElementById(label.GetAttribute("for")!)!.GetAttribute("maxlength").ShouldBe(Limits.MaxDescriptionLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
