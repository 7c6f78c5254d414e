using System.Buffers.Binary;
using System.Globalization;
using System.Xml.Linq;
using InfraDesigner.E2E.Support;
using Microsoft.Playwright;

namespace InfraDesigner.E2E.Editor;

/// <summary>Collapsing host frames, and the drawing exported as a picture.</summary>
public sealed class CanvasFramesAndExportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [BrowserFact]
    public async Task The_drawing_exports_as_a_png_twice_the_size_of_the_svg_with_the_element_icons_inside()
    {
        var id = await fixture.CreateFromSampleAsync("zones-firewall");
        var editor = await EditorPage.OpenAsync(fixture, $"/topologies/{id}");
        await editor.Node("fw-ab").WaitForAsync();

        var svgFile = await DownloadAsync(editor.Page, "export-svg");
        var svg = XDocument.Load(svgFile.Path);
        XNamespace ns = "http://www.w3.org/2000/svg";
        svg.Descendants(ns + "image").ShouldNotBeEmpty("the element icons are drawn");
        svg.Descendants(ns + "image").ShouldAllBe(i => ((string)i.Attribute("href")!).StartsWith("data:image/svg+xml;base64,"));
        svg.Descendants(ns + "text").Select(t => t.Value).ShouldContain("fw-ab");
        var width = double.Parse((string)svg.Root!.Attribute("width")!, CultureInfo.InvariantCulture);
        var height = double.Parse((string)svg.Root.Attribute("height")!, CultureInfo.InvariantCulture);

        var print = await DownloadAsync(editor.Page, "export-png-2x");
        var screen = await DownloadAsync(editor.Page, "export-png");

        print.Name.ShouldEndWith("-2x.png");
        PngSize(print.Path).ShouldBe(((int)Math.Ceiling(width * 2), (int)Math.Ceiling(height * 2)));
        PngSize(screen.Path).ShouldBe(((int)Math.Ceiling(width), (int)Math.Ceiling(height)));
        new FileInfo(print.Path).Length.ShouldBeGreaterThan(10_000, "a drawing of a dozen elements, not an empty picture");
        foreach (var (file, name) in new[] { (svgFile.Path, "export-drawing.svg"), (print.Path, "export-drawing@2x.png") })
            File.Copy(file, Path.Combine(Repository.ScreenshotFolder, name), overwrite: true);
    }

    private static async Task<(string Name, string Path)> DownloadAsync(IPage page, string item)
    {
        await page.GetByTestId("export").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(item).ClickAsync());
        return (download.SuggestedFilename, (await download.PathAsync())!);
    }

    /// <summary>The width and height a valid PNG file states in its IHDR chunk, right after the signature.</summary>
    private static (int Width, int Height) PngSize(string path)
    {
        var png = File.ReadAllBytes(path);
        png[..8].ShouldBe(PngSignature);
        System.Text.Encoding.ASCII.GetString(png, 12, 4).ShouldBe("IHDR");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
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
