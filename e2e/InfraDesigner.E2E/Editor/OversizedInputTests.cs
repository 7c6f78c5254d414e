using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>A value far past a field's limit is refused at the field, and the page stays connected.</summary>
public sealed class OversizedInputTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const int FiveMegabytes = 5 * 1024 * 1024;

    [BrowserFact]
    public async Task A_five_megabyte_name_is_refused_at_the_field_with_its_limit_and_the_circuit_stays_live()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.SelectAsync("app-a");
        var name = editor.DataField("name");
        (await name.GetAttributeAsync("maxlength")).ShouldBe("200");

        // Set past the browser's maxlength, as a script or a drop can, then committed as a paste would be.
        await name.EvaluateAsync("(field, length) => { field.value = 'x'.repeat(length); field.dispatchEvent(new Event('change', { bubbles: true })); }", FiveMegabytes);

        await Assertions.Expect(editor.MessageAt("name")).ToHaveTextAsync("Names are at most 200 characters.");
        await Pages.ScreenshotAsync(editor.Page, "editor-oversized-name");
        await Pages.WaitForCircuitAsync(editor.Page);
        await using var other = new OtherAppInstance(fixture.App);
        (await other.ElementAsync(id, "app-a")).ShouldNotBeNull("nothing was stored");

        await editor.SetFieldAsync(name, "app-b");
        await editor.Node("app-b").WaitForAsync();
        (await other.ElementAsync(id, "app-b")).ShouldNotBeNull("the circuit still takes edits");
    }
}
