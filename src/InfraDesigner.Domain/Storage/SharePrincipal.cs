using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;

namespace InfraDesigner.Domain.Storage;

/// <summary>Who a share entry grants access to. Written "subnet:10.0.0.21/32", "vm:vm-new1", "account:svc-batch", "group:finance".</summary>
public sealed record SharePrincipal
{
    private SharePrincipal(SharePrincipalKind kind, string? name, Ipv4Cidr? subnet)
    {
        Kind = kind;
        Name = name;
        Subnet = subnet;
    }

    public SharePrincipalKind Kind { get; }

    public string? Name { get; }

    public Ipv4Cidr? Subnet { get; }

    public static SharePrincipal ForSubnet(Ipv4Cidr subnet) => new(SharePrincipalKind.Subnet, null, subnet);

    public static SharePrincipal Vm(string name) => new(SharePrincipalKind.Vm, name, null);

    public static SharePrincipal Account(string name) => new(SharePrincipalKind.Account, name, null);

    public static SharePrincipal Group(string name) => new(SharePrincipalKind.Group, name, null);

    public static bool TryParse(string? text, out SharePrincipal principal, out string? error)
    {
        principal = Account(string.Empty);
        error = null;
        var (prefix, value) = TaggedText.Split(text);
        switch (prefix)
        {
            case "vm" when value.Length > 0:
                principal = Vm(value);
                return true;
            case "account" when value.Length > 0:
                principal = Account(value);
                return true;
            case "group" when value.Length > 0:
                principal = Group(value);
                return true;
            case "subnet":
                if (Ipv4Cidr.TryParse(value, out var subnet, out error))
                {
                    principal = ForSubnet(subnet);
                    return true;
                }
                return false;
            default:
                error = $"'{text}' is not a share principal; expected subnet:<cidr>, vm:<name>, account:<name> or group:<name>.";
                return false;
        }
    }

    public override string ToString() =>
        Kind == SharePrincipalKind.Subnet ? $"subnet:{Subnet}" : $"{Kind.ToString().ToLowerInvariant()}:{Name}";
}
