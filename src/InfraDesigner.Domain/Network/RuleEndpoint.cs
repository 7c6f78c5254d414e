using InfraDesigner.Domain.Addressing;

namespace InfraDesigner.Domain.Network;

/// <summary>
/// The source or destination of a firewall or NAT rule: any address, a zone, a subnet or an element.
/// Written in documents as "any", "zone:A", "subnet:10.0.0.0/24", "element:app-a".
/// </summary>
public sealed record RuleEndpoint
{
    private RuleEndpoint(RuleEndpointKind kind, string? name, Ipv4Cidr? subnet)
    {
        Kind = kind;
        Name = name;
        Subnet = subnet;
    }

    public static RuleEndpoint Any { get; } = new(RuleEndpointKind.Any, null, null);

    public RuleEndpointKind Kind { get; }

    /// <summary>The zone or element name for <see cref="RuleEndpointKind.Zone"/> / <see cref="RuleEndpointKind.Element"/>.</summary>
    public string? Name { get; }

    public Ipv4Cidr? Subnet { get; }

    public static RuleEndpoint Zone(string name) => new(RuleEndpointKind.Zone, name, null);

    public static RuleEndpoint Element(string name) => new(RuleEndpointKind.Element, name, null);

    public static RuleEndpoint ForSubnet(Ipv4Cidr subnet) => new(RuleEndpointKind.Subnet, null, subnet);

    public static bool TryParse(string? text, out RuleEndpoint endpoint, out string? error)
    {
        endpoint = Any;
        error = null;
        if (text == "any")
        {
            return true;
        }
        var (prefix, value) = TaggedText.Split(text);
        switch (prefix)
        {
            case "zone" when value.Length > 0:
                endpoint = Zone(value);
                return true;
            case "element" when value.Length > 0:
                endpoint = Element(value);
                return true;
            case "subnet":
                if (Ipv4Cidr.TryParse(value, out var subnet, out error))
                {
                    endpoint = ForSubnet(subnet);
                    return true;
                }
                return false;
            default:
                error = $"'{text}' is not a rule endpoint; expected any, zone:<name>, subnet:<cidr> or element:<name>.";
                return false;
        }
    }

    public override string ToString() => Kind switch
    {
        RuleEndpointKind.Any => "any",
        RuleEndpointKind.Subnet => $"subnet:{Subnet}",
        _ => $"{Kind.ToString().ToLowerInvariant()}:{Name}",
    };
}
