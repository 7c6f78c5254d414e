using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// What the app shows and does for one element kind: its palette entry (id, label, group, icon), the prefix of its
/// default names and its short name in messages, its layout tier (0 at the top), how it is drawn (and, for frames,
/// how deep it nests: outer frames are placed first), and its interfaces (network devices get a port per cable).
/// </summary>
public sealed record ElementKindInfo(
    ElementKind Kind,
    string PaletteId,
    string Label,
    string Group,
    string Icon,
    string NamePrefix,
    string ShortName,
    int Tier,
    ElementShape Shape,
    int Nesting,
    bool IsNetworkDevice,
    bool StartsWithNic,
    Func<int, string> InterfaceName)
{
    public bool IsFrame => Shape == ElementShape.Frame;

    /// <summary>The size a new element of this kind is drawn at: frames start big enough for their title band and what is dropped in first.</summary>
    public (double Width, double Height) StartSize { get; init; } = (160, 72);
}
