using System.Collections.Concurrent;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>
/// The element icons the canvas shows (wwwroot/icons), as data URIs an exported file carries inside itself.
/// Without a web host (component tests) there are no icons.
/// </summary>
public sealed class IconLibrary(IServiceProvider services)
{
    private readonly IWebHostEnvironment? _environment = services.GetService<IWebHostEnvironment>();
    private readonly ConcurrentDictionary<string, string?> _dataUris = new();

    /// <summary>The icon as a <c>data:</c> URI; null when there is no such icon.</summary>
    public string? DataUri(string name) => _dataUris.GetOrAdd(name, Read);

    private string? Read(string name)
    {
        var file = _environment?.WebRootFileProvider.GetFileInfo($"icons/{name}.svg");
        if (file is not { Exists: true }) return null;
        using var stream = file.CreateReadStream();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(bytes.ToArray());
    }
}
