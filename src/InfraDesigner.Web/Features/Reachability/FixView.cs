using InfraDesigner.Simulation.Reachability.Fixes;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>A suggested change; for a firewall rule, the rule and the 1-based position it goes at.</summary>
public sealed record FixView(string Kind, string Device, string Description, string? Rule, int? Position)
{
    public static FixView Of(Fix fix) =>
        new(fix.Kind.ToString(), fix.Device, fix.Description, fix.Rule?.ToString(), fix.InsertAt + 1);
}
