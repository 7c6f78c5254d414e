using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Services;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// The ports a firewall rule can open, offered from the services that listen in the drawing (the
/// destination's own when the destination is an element with services, else every element's), and what a
/// user types read as ports: any (or nothing), a port, a range like 8000-8080, or a service's name ("https").
/// </summary>
public sealed class RulePortChoices
{
    private readonly IReadOnlyList<(Service Service, string Element)> _services;

    private RulePortChoices(IReadOnlyList<(Service, string)> services, IReadOnlyList<RuleChoice> all) => (_services, All) = (services, all);

    public IReadOnlyList<RuleChoice> All { get; }

    public static RulePortChoices For(Topology topology, RuleEndpoint destination)
    {
        var everywhere = topology.Elements.SelectMany(e => e.Services.Select(s => (Service: s, Element: e.Name))).ToList();
        var offered = destination.Kind == RuleEndpointKind.Element && everywhere.Any(s => s.Element == destination.Name)
            ? everywhere.Where(s => s.Element == destination.Name).ToList()
            : everywhere;
        var all = offered.GroupBy(s => s.Service.Port).OrderBy(g => g.Key)
            .Select(g => new RuleChoice(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), Label(g.ToList())));
        return new RulePortChoices(everywhere, [new RuleChoice("any", "every port"), .. all]);
    }

    /// <summary>The ports the text names (null = any port), or why it names none.</summary>
    public bool TryRead(string? text, out PortRange? ports, out string error)
    {
        ports = null;
        error = "";
        text = text?.Trim() ?? "";
        if (text.Length == 0 || text.Equals("any", StringComparison.OrdinalIgnoreCase)) return true;
        if (PortRange.TryParse(text, out var range) && range.IsValid)
        {
            ports = range;
            return true;
        }
        var named = _services.Where(s => s.Service.Name.Equals(text, StringComparison.OrdinalIgnoreCase)).Select(s => s.Service.Port).Distinct().ToList();
        if (named is [var port])
        {
            ports = PortRange.Single(port);
            return true;
        }
        error = named.Count > 1
            ? $"Services named '{text}' listen on {string.Join(", ", named.Order())}: type the port."
            : $"'{text}' is not a port, a port range (like 3300 or 8000-8080, 1-65535) or the name of a service in this topology.";
        return false;
    }

    /// <summary>"https tcp on app-a, eai".</summary>
    private static string Label(IReadOnlyList<(Service Service, string Element)> services) =>
        string.Join("; ", services.GroupBy(s => (s.Service.Name, s.Service.Protocol))
            .Select(g => $"{g.Key.Name} {g.Key.Protocol.ToString().ToLowerInvariant()} on {string.Join(", ", g.Select(s => s.Element).Distinct())}"));
}
