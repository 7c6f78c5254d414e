using System.Buffers.Binary;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Collapsing host frames, and the drawing exported as a picture.</summary>
public sealed class CanvasFramesAndExportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [BrowserFact]
    public async Task The_drawing_exports_as_a_png_file()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.Node("fw-ab").WaitForAsync();

        var download = await editor.Page.RunAndWaitForDownloadAsync(() => editor.Page.GetByTestId("export-png").ClickAsync());

        download.SuggestedFilename.ShouldEndWith(".png");
        var png = await File.ReadAllBytesAsync((await download.PathAsync())!);
        png[..8].ShouldBe(PngSignature);
        png.Length.ShouldBeGreaterThan(10_000, "a drawing of a dozen elements, not an empty picture");
        // IHDR follows the signature: length, type, then width and height, big-endian.
        System.Text.Encoding.ASCII.GetString(png, 12, 4).ShouldBe("IHDR");
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)).ShouldBeGreaterThan(200);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)).ShouldBeGreaterThan(100);
    }

    [BrowserFact]
    public async Task Collapsing_a_host_hides_its_vms_and_expanding_shows_them_again()
    {
        var id = await fixture.CreateFromSampleAsync("cluster-capacity");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        string[] onHost1 = ["vm1", "vm2", "vm3"];
        foreach (var vm in onHost1) await editor.Node(vm).WaitForAsync();
        var toggle = editor.Page.Locator(".el-frame[data-element=\"host1\"] .el-frame-toggle");

        await toggle.ClickAsync();
        foreach (var vm in onHost1) await editor.Node(vm).WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await editor.Node("vm4").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await editor.SavedAsync();
        await Pages.ScreenshotAsync(editor.Page, "editor-host-collapsed");

        await toggle.ClickAsync();
        foreach (var vm in onHost1) await editor.Node(vm).WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await editor.SavedAsync();
    }
}
