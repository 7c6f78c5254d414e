using InfraDesigner.Diagrams.Export;
using InfraDesigner.Diagrams.Models;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Web.Features.Editing;

namespace InfraDesigner.Web.Components.Canvas;

/// <summary>The topology drawing as an exported file shows it: the canvas's icons, names, facts and kind colours.</summary>
public static class DrawingExport
{
    /// <summary><paramref name="outline"/>: the colour that marks a node (from its CSS class), or null.</summary>
    public static SvgExportOptions Options(IconLibrary icons, Func<string?, string?>? outline = null) =>
        new() { Appearance = node => Appearance(node, icons) with { Outline = outline?.Invoke(node.CssClass) } };

    /// <summary>A file name made of the topology's name: letters and digits kept, anything else a dash.</summary>
    public static string FileName(string topologyName, string extension) =>
        $"{string.Concat(topologyName.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'))}.{extension}";

    private static NodeAppearance Appearance(NodeModel node, IconLibrary icons) => node switch
    {
        ZoneFrame zone => new()
        {
            Title = $"Zone {zone.Zone.Name}", Details = [$"trust {zone.Zone.TrustLevel}"],
            Icon = icons.DataUri("zone"), Accent = zone.Zone.Colour ?? "#64748b",
        },
        IElementModel element => new()
        {
            Title = element.Element.Name, Details = ElementFacts.Of(element.Element),
            Icon = icons.DataUri(Palette.IconOf(element.Element)), Accent = AccentOf(element.Element.Kind), Dashed = node is GroupModel,
        },
        _ => new() { Title = node.Title ?? node.Id },
    };

    /// <summary>The kind colours of app.css (.kind-*), which an exported file cannot read.</summary>
    private static string AccentOf(ElementKind kind) => kind switch
    {
        ElementKind.Switch or ElementKind.Router => "#0d9488",
        ElementKind.Firewall => "#dc2626",
        ElementKind.LoadBalancer or ElementKind.ReverseProxy or ElementKind.ForwardProxy or ElementKind.DnsServer => "#7c3aed",
        ElementKind.Storage => "#d97706",
        ElementKind.Client => "#475569",
        _ => "#2563eb",
    };
}
