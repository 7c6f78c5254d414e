using System.Diagnostics;
using System.Net;
using InfraDesigner.E2E.Support;

namespace InfraDesigner.E2E;

/// <summary>
/// Publishes the app and starts it from the publish folder exactly as the container image's
/// entrypoint does (`dotnet InfraDesigner.Web.dll`), since no Docker engine runs here.
/// </summary>
public sealed class PublishedAppTests : IAsyncLifetime
{
    private readonly string _publishFolder = Path.Combine(Path.GetTempPath(), "infradesigner-publish", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_published_app_starts_from_its_folder_and_reports_healthy()
    {
        await PublishAsync();
        await using var app = new AppProcess(_publishFolder);

        await app.StartAsync();

        using var http = app.CreateClient();
        (await http.GetStringAsync("/health")).ShouldBe("Healthy");
        (await http.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var script = await http.GetStringAsync("/_framework/blazor.web.js");
        script.ShouldContain("components-reconnect-state-changed", Case.Sensitive, "the .NET 10 Blazor script must be published with the app");
        (await http.GetStringAsync("/Components/Layout/ReconnectModal.razor.js")).ShouldContain("showModal");
        (await http.GetStringAsync("/css/app.css")).ShouldContain("--c-primary");
    }

    private async Task PublishAsync()
    {
        var info = new ProcessStartInfo("dotnet", ["publish", Repository.WebProject, "-c", "Release", "-o", _publishFolder, "--nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(info)!;
        var output = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        publish.ExitCode.ShouldBe(0, $"dotnet publish failed:\n{await output}\n{await errors}");
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_publishFolder)) Directory.Delete(_publishFolder, recursive: true);
        return Task.CompletedTask;
    }
}
