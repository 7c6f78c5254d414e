using System.Text.Json.Serialization;
using InfraDesigner.Domain.Topologies;
using InfraDesigner.Simulation.Reachability.Fixes;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// A suggested change; for a firewall rule, the rule and the 1-based position it goes at. <see cref="Edit"/> makes
/// the change in the editor with one click, when the fix says exactly what to add (see <see cref="FixEdits"/>).
/// </summary>
public sealed record FixView(string Kind, string Device, string Description, string? Rule, int? Position,
    [property: JsonIgnore] Func<Topology, Topology>? Edit = null)
{
    public static FixView Of(Fix fix) =>
        new(fix.Kind.ToString(), fix.Device, fix.Description, fix.Rule?.ToString(), fix.InsertAt + 1, FixEdits.Of(fix));
}
