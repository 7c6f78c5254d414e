using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Domain.Validation;

/// <summary>What every check needs: name indexes built once, and the problems found so far.</summary>
internal sealed class ValidationContext
{
    private readonly Dictionary<string, int> elementIndex = new(StringComparer.Ordinal);
    private readonly List<Problem> problems = [];

    public ValidationContext(Topology topology)
    {
        Topology = topology;
        for (var index = 0; index < topology.Elements.Count; index++)
        {
            elementIndex.TryAdd(topology.Elements[index].Name ?? string.Empty, index);
        }
        ZoneNames = topology.Zones.Select(zone => zone.Name).ToHashSet(StringComparer.Ordinal);
        VlanIds = topology.Vlans.Select(vlan => vlan.Id).ToHashSet();
        TemplateNames = topology.Templates.Select(template => template.Name).ToHashSet(StringComparer.Ordinal);
    }

    public Topology Topology { get; }

    public HashSet<string> ZoneNames { get; }

    public HashSet<int> VlanIds { get; }

    public HashSet<string> TemplateNames { get; }

    public IReadOnlyList<Problem> Problems => problems;

    public static string ElementPath(int index) => $"elements[{index}]";

    public void Error(string path, string message) => problems.Add(Problem.Error(path, message));

    public void Warning(string path, string message) => problems.Add(Problem.Warning(path, message));

    public Element? FindElement(string? name) =>
        name is not null && elementIndex.TryGetValue(name, out var index) ? Topology.Elements[index] : null;

    public int? IndexOf(string name) => elementIndex.TryGetValue(name, out var index) ? index : null;

    /// <summary>Reports a missing element or one of the wrong kind; returns it when it is a <typeparamref name="T"/>.</summary>
    public T? Require<T>(string? name, string path, string role) where T : Element
    {
        if (name is null)
        {
            return null;
        }
        switch (FindElement(name))
        {
            case null:
                Error(path, $"No element named '{name}' ({role}).");
                return null;
            case T found:
                return found;
            case var other:
                Error(path, $"'{name}' is a {other.Kind.DisplayName()}, not a {role}.");
                return null;
        }
    }

    public void RequireZone(string? name, string path)
    {
        if (name is not null && !ZoneNames.Contains(name))
        {
            Error(path, $"No zone named '{name}'.");
        }
    }

    public void RequireRuleEndpoint(RuleEndpoint endpoint, string path)
    {
        switch (endpoint.Kind)
        {
            case RuleEndpointKind.Zone:
                RequireZone(endpoint.Name, path);
                break;
            case RuleEndpointKind.Element:
                Require<Element>(endpoint.Name, path, "element");
                break;
        }
    }

    public void RequirePort(int port, string path)
    {
        if (!Limits.IsPort(port))
        {
            Error(path, $"Port {port} is outside {Limits.Ports}.");
        }
    }

    public void RequirePort(int? port, string path)
    {
        if (port is { } value)
        {
            RequirePort(value, path);
        }
    }

    public void RequirePortRange(PortRange? range, string path)
    {
        if (range is not { } value)
        {
            return;
        }
        RequirePort(value.From, path);
        if (value.To != value.From)
        {
            RequirePort(value.To, path);
        }
        if (value.From > value.To)
        {
            Error(path, $"Port range {value.From}-{value.To} is reversed: the first port must not exceed the last.");
        }
    }

    public void RequireAtLeast(double value, double minimum, string path, string what)
    {
        if (!double.IsFinite(value) || value < minimum)
        {
            Error(path, $"{what} must be at least {minimum} (it is {value}).");
        }
    }

    public void RequirePositive(double value, string path, string what)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            Error(path, $"{what} must be greater than 0 (it is {value}).");
        }
    }

    public void RequireBetween(double? value, double minimum, double maximum, string path, string what)
    {
        if (value is { } number && (!double.IsFinite(number) || number < minimum || number > maximum))
        {
            Error(path, $"{what} must be between {minimum} and {maximum} (it is {number}).");
        }
    }
}
