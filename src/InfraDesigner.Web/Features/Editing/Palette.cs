using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>Everything that can be drawn, grouped as the palette shows it.</summary>
public static class Palette
{
    public static IReadOnlyList<string> Groups { get; } = ["Compute", "Network", "Security", "Services", "Storage"];

    /// <summary>One item per element kind (from <see cref="ElementKinds"/>), the network zone, and the application servers (a VM with a role).</summary>
    public static IReadOnlyList<PaletteItem> Items { get; } =
    [
        .. ElementKinds.All.Select(k => new PaletteItem(k.PaletteId, k.Label, k.Group, k.Icon, k.Kind, k.NamePrefix)),
        new("zone", "Network zone", "Network", "zone", null, "zone"),
        new("sap", "SAP server", "Services", "sap", ElementKind.VirtualMachine, "sap", ApplicationRole.Sap),
        new("eai", "EAI hub", "Services", "eai", ElementKind.VirtualMachine, "eai", ApplicationRole.EaiHub),
        new("database", "Database server", "Services", "database", ElementKind.VirtualMachine, "db", ApplicationRole.Db),
        new("app-server", "Application server", "Services", "app-server", ElementKind.VirtualMachine, "app", ApplicationRole.Api),
        new("web-server", "Web server", "Services", "service", ElementKind.VirtualMachine, "web", ApplicationRole.Web),
    ];

    public static PaletteItem? Find(string id) => Items.FirstOrDefault(item => item.Id == id);

    /// <summary>The icon for an element on the canvas: its role's icon if it has one, else its kind's.</summary>
    public static string IconOf(Element element)
    {
        foreach (var role in element.Roles)
        {
            if (Items.FirstOrDefault(item => item.Role == role) is { } byRole) return byRole.Icon;
        }
        return ElementKinds.Of(element.Kind).Icon;
    }
}
