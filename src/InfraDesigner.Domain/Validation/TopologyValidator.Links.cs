using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Validation;

public static partial class TopologyValidator
{
    private static void CheckLinks(ValidationContext context)
    {
        var cabled = new Dictionary<LinkEndpoint, int>();
        var links = context.Topology.Links;
        for (var k = 0; k < links.Count; k++)
        {
            var link = links[k];
            var path = $"links[{k}]";
            var a = ResolveEndpoint(context, link.A, $"{path}.a");
            var b = ResolveEndpoint(context, link.B, $"{path}.b");
            if (link.A == link.B)
            {
                context.Error(path, $"A link cannot connect {link.A} to itself.");
                continue;
            }
            foreach (var (end, side) in new[] { (link.A, "a"), (link.B, "b") })
            {
                if (!cabled.TryAdd(end, k))
                {
                    context.Error($"{path}.{side}", $"{end} is already cabled by links[{cabled[end]}]; an interface takes one cable.");
                }
            }
            if (link.SpeedMbps is { } speed)
            {
                context.RequirePositive(speed, $"{path}.speedMbps", "A link speed");
            }
            if (a is not null && b is not null)
            {
                CheckVlansAcross(context, link, a, b, path);
            }
        }
    }

    private static NetworkInterface? ResolveEndpoint(ValidationContext context, LinkEndpoint end, string path)
    {
        var element = context.FindElement(end.Element);
        if (element is null)
        {
            context.Error($"{path}.element", $"No element named '{end.Element}' for this link end.");
            return null;
        }
        var nic = element.FindInterface(end.Interface);
        if (nic is null)
        {
            context.Error($"{path}.interface", $"{end.Element} has no interface named '{end.Interface}'.");
        }
        return nic;
    }

    private static void CheckVlansAcross(ValidationContext context, Link link, NetworkInterface a, NetworkInterface b, string path)
    {
        switch (a.Switchport, b.Switchport)
        {
            case ({ Mode: SwitchportMode.Access, AccessVlan: { } vlanA }, { Mode: SwitchportMode.Access, AccessVlan: { } vlanB }) when vlanA != vlanB:
                context.Warning(path, $"Access ports in VLAN {vlanA} ({link.A}) and VLAN {vlanB} ({link.B}) are cabled together; frames change VLAN here.");
                break;
            case ({ Mode: SwitchportMode.Access, AccessVlan: { } vlan }, { Mode: SwitchportMode.Trunk } trunk) when !trunk.Carries(vlan):
                context.Error(path, $"VLAN {vlan} of {link.A} is not allowed on the trunk {link.B} it must cross.");
                break;
            case ({ Mode: SwitchportMode.Trunk } trunk, { Mode: SwitchportMode.Access, AccessVlan: { } vlan }) when !trunk.Carries(vlan):
                context.Error(path, $"VLAN {vlan} of {link.B} is not allowed on the trunk {link.A} it must cross.");
                break;
            case ({ Mode: SwitchportMode.Trunk } trunkA, { Mode: SwitchportMode.Trunk } trunkB) when trunkA.NativeVlan != trunkB.NativeVlan:
                context.Warning(path, $"Native VLAN mismatch across the trunk: {trunkA.NativeVlan?.ToString() ?? "none"} on {link.A}, {trunkB.NativeVlan?.ToString() ?? "none"} on {link.B}.");
                break;
        }
    }
}
