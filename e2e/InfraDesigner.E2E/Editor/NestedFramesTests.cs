using InfraDesigner.E2E.Support;

namespace InfraDesigner.E2E.Editor;

/// <summary>Clusters, hosts and VMs dropped into one another, as a new user builds them, and laid out again.</summary>
public sealed class NestedFramesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [BrowserFact]
    public async Task Hosts_and_vms_dropped_into_frames_never_overlap_and_stay_inside_also_after_re_layout()
    {
        var editor = await EditorPage.OpenNewAsync(fixture, $"Nested {Guid.NewGuid().ToString("N")[..6]}");
        await editor.DropAsync("cluster", 420, 300, "cluster-01");
        await editor.DropOntoAsync("host", "cluster-01", "host-01");
        await editor.DropOntoAsync("host", "cluster-01", "host-02");
        string[] hostOfVm = ["host-01", "host-02", "host-01", "host-02", "host-01"];
        for (var i = 0; i < hostOfVm.Length; i++)
            await editor.DropOntoAsync("vm", hostOfVm[i], $"vm-{i + 1:00}");

        var dropped = await DrawnBox.OnAsync(editor.Page);
        await Pages.ScreenshotAsync(editor.Page, "nested-frames-dropped");
        DrawnBox.NestingProblems(dropped).ShouldBeEmpty();
        foreach (var (vm, host) in hostOfVm.Select((h, i) => ($"vm-{i + 1:00}", h)))
            dropped.Single(b => b.Id == vm).Parent.ShouldBe(host);
        dropped.Single(b => b.Id == "host-01").Parent.ShouldBe("cluster-01");

        await editor.ReLayoutAllAsync();

        var laidOut = await DrawnBox.OnAsync(editor.Page);
        await Pages.ScreenshotAsync(editor.Page, "nested-frames-laid-out");
        DrawnBox.NestingProblems(laidOut).ShouldBeEmpty();
        laidOut.Single(b => b.Id == "vm-02").Parent.ShouldBe("host-02");
    }
}
