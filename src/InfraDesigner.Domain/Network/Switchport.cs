namespace InfraDesigner.Domain.Network;

/// <summary>The layer-2 setting of a switch port (or of a host NIC that tags VLANs itself).</summary>
public sealed record Switchport
{
    public SwitchportMode Mode { get; init; } = SwitchportMode.Access;

    /// <summary>The VLAN of an access port.</summary>
    public int? AccessVlan { get; init; }

    /// <summary>The tagged VLANs a trunk carries.</summary>
    public EquatableArray<int> AllowedVlans { get; init; }

    /// <summary>The untagged VLAN of a trunk.</summary>
    public int? NativeVlan { get; init; }

    public static Switchport Access(int vlan) => new() { Mode = SwitchportMode.Access, AccessVlan = vlan };

    public static Switchport Trunk(IEnumerable<int> allowedVlans, int? nativeVlan = null) =>
        new() { Mode = SwitchportMode.Trunk, AllowedVlans = allowedVlans.ToEquatableArray(), NativeVlan = nativeVlan };

    /// <summary>True when frames of this VLAN can pass the port.</summary>
    public bool Carries(int vlan) => Mode == SwitchportMode.Access
        ? AccessVlan == vlan
        : NativeVlan == vlan || AllowedVlans.Contains(vlan);
}
